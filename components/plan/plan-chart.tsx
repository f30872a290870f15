"use client";

import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";

export type PlanPoint = { label: string; megawatts: number; monthlyCostUsd: number; ranked: boolean };

// Monthly cost against megawatts, one point per offering: the cheap-and-small corner is bottom left.
export function PlanChart({ points }: { points: PlanPoint[] }) {
  const ranked = points.filter((p) => p.ranked);
  const excluded = points.filter((p) => !p.ranked);
  return (
    <div className="h-80 w-full" data-testid="plan-chart" role="img" aria-label="Monthly cost against megawatts, one point per offering">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ left: 8, right: 16, top: 8, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="megawatts"
            name="MW"
            tickFormatter={(v: number) => v.toPrecision(2)}
            label={{ value: "Fleet power (MW)", position: "insideBottom", offset: -12 }}
          />
          <YAxis
            type="number"
            dataKey="monthlyCostUsd"
            name="$/month"
            width={72}
            tickFormatter={(v: number) => `$${Intl.NumberFormat("en", { notation: "compact" }).format(v)}`}
          />
          <ZAxis dataKey="label" name="Offering" />
          <Tooltip formatter={(v, name) => (name === "$/month" ? `$${Math.round(Number(v)).toLocaleString("en")}` : String(v))} />
          <Scatter name="Fits" data={ranked} fill="#2f6fed" isAnimationActive={false} />
          <Scatter name="Excluded" data={excluded} fill="#94a3b8" isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
