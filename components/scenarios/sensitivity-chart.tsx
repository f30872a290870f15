"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = ["#2f6fed", "#e4572e", "#17a398", "#f3a712", "#7f58af", "#29335c", "#db2b39", "#669bbc"];

export type SensitivitySeries = { key: string; label: string };

// Cost per million tokens of the leading offerings as one assumption moves; the dashed lines mark the
// scenario's value and the break-even points.
export function SensitivityChart({
  points,
  series,
  xLabel,
  yLabel,
  current,
  breakEvens,
  testId,
  formatX,
}: {
  points: { x: number; costs: Record<string, number> }[];
  series: SensitivitySeries[];
  xLabel: string;
  yLabel: string;
  current: number;
  breakEvens: number[];
  testId: string;
  formatX: "usdPerKwh" | "percent";
}) {
  // Series keys hold slugs with dots, which recharts would read as paths: plot under s0, s1, ... instead.
  const data = points.map((p) => ({ x: p.x, ...Object.fromEntries(series.map((s, i) => [`s${i}`, p.costs[s.key]])) }));
  const tick = (v: number) => (formatX === "percent" ? `${Math.round(v * 100)}%` : `$${v.toFixed(2)}`);
  return (
    <div className="h-96 w-full" data-testid={testId} role="img" aria-label={`${yLabel} against ${xLabel} for the leading offerings`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ left: 16, right: 24, top: 16, bottom: 28 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={["dataMin", "dataMax"]}
            tickFormatter={tick}
            label={{ value: xLabel, position: "insideBottom", offset: -16 }}
          />
          <YAxis
            width={64}
            tickFormatter={(v: number) => `$${v.toFixed(v < 1 ? 2 : 1)}`}
            label={{ value: yLabel, angle: -90, position: "insideLeft", style: { textAnchor: "middle" } }}
          />
          <Tooltip formatter={(v) => `$${Number(v).toFixed(3)}`} labelFormatter={(v) => tick(Number(v))} />
          <Legend verticalAlign="top" wrapperStyle={{ paddingBottom: 12 }} />
          <ReferenceLine x={current} stroke="#64748b" strokeDasharray="4 4" label={{ value: "scenario", position: "insideTopLeft", fontSize: 11 }} />
          {breakEvens.map((x) => (
            <ReferenceLine key={x} x={x} stroke="#db2b39" strokeDasharray="2 2" label={{ value: "break-even", position: "insideTopRight", fontSize: 11 }} />
          ))}
          {series.map((s, i) => (
            <Line key={s.key} dataKey={`s${i}`} name={s.label} stroke={COLORS[i % COLORS.length]} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
