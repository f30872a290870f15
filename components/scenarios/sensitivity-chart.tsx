"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { sensitivityColor, type SensitivitySeries } from "./sensitivity-legend";

// Cost per million tokens of the leading offerings as one assumption moves; the dashed lines mark the
// scenario's value and the break-even points. The plot only: its legend and height are the wrapper's
// (components/charts/lazy-charts.tsx).
export function SensitivityChart({
  points,
  series,
  xLabel,
  yLabel,
  current,
  breakEvens,
  formatX,
}: {
  points: { x: number; costs: Record<string, number> }[];
  series: SensitivitySeries[];
  xLabel: string;
  yLabel: string;
  current: number;
  breakEvens: number[];
  formatX: "usdPerKwh" | "percent";
}) {
  // Series keys hold slugs with dots, which recharts would read as paths: plot under s0, s1, ... instead.
  const data = points.map((p) => ({ x: p.x, ...Object.fromEntries(series.map((s, i) => [`s${i}`, p.costs[s.key]])) }));
  const tick = (v: number) => (formatX === "percent" ? `${Math.round(v * 100)}%` : `$${v.toFixed(2)}`);
  return (
    <div className="h-full w-full" role="img" aria-label={`${yLabel} against ${xLabel} for the leading offerings`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ left: 8, right: 24, top: 16, bottom: 28 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={["dataMin", "dataMax"]}
            tickFormatter={tick}
            tick={{ fontSize: 12 }}
            label={{ value: xLabel, position: "insideBottom", offset: -16, fontSize: 12 }}
          />
          {/* 12 px ticks in a 72 px axis leave the rotated title a column of its own at the left edge: at the
              default size the tick values ran over it. */}
          <YAxis
            width={72}
            tickFormatter={(v: number) => `$${v.toFixed(v < 1 ? 2 : 1)}`}
            tick={{ fontSize: 12 }}
            label={{ value: yLabel, angle: -90, position: "insideLeft", fontSize: 12, style: { textAnchor: "middle" } }}
          />
          <Tooltip formatter={(v) => `$${Number(v).toFixed(3)}`} labelFormatter={(v) => tick(Number(v))} />
          <ReferenceLine x={current} stroke="#64748b" strokeDasharray="4 4" label={{ value: "scenario", position: "insideTopLeft", fontSize: 11 }} />
          {breakEvens.map((x) => (
            <ReferenceLine key={x} x={x} stroke="#db2b39" strokeDasharray="2 2" label={{ value: "break-even", position: "insideTopRight", fontSize: 11 }} />
          ))}
          {series.map((s, i) => (
            <Line key={s.key} dataKey={`s${i}`} name={s.label} stroke={sensitivityColor(i)} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
