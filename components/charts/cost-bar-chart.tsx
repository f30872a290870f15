"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type CostBar = { label: string; usdPerMillionTokens: number };

export function CostBarChart({ bars, tokenBasis }: { bars: CostBar[]; tokenBasis: string }) {
  return (
    <div className="w-full" style={{ height: bars.length * 34 + 70 }} data-testid="cost-chart" role="img" aria-label={`Cost per million ${tokenBasis} tokens of the top offerings`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(v: number) => `$${v.toFixed(v < 1 ? 2 : 1)}`}
            label={{ value: `$ per million ${tokenBasis} tokens`, position: "insideBottom", offset: -12 }}
          />
          <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fontSize: 11 }} tickFormatter={(v: string) => (v.length > 26 ? `${v.slice(0, 25)}…` : v)} />
          <Tooltip formatter={(v) => [`$${Number(v).toFixed(3)}`, "$/M tokens"]} />
          <Bar dataKey="usdPerMillionTokens" fill="#2f6fed" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
