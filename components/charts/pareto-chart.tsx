"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ParetoChartSeries = { key: string; label: string; points: { interactivity: number; throughputPerAccelerator: number }[] };

const COLORS = ["#2f6fed", "#e4572e", "#17a398", "#f3a712", "#7f58af", "#29335c", "#a8c686", "#db2b39", "#669bbc", "#8d6a9f", "#3d5a80", "#ee6c4d"];

export function ParetoChart({ series, target }: { series: ParetoChartSeries[]; target?: number }) {
  return (
    <div className="h-96 w-full" data-testid="pareto-chart" role="img" aria-label="Throughput per accelerator against interactivity, one line per accelerator and precision">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart margin={{ left: 16, right: 24, top: 8, bottom: 28 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="interactivity"
            scale="log"
            domain={["auto", "auto"]}
            allowDataOverflow
            label={{ value: "Interactivity (tok/s per user)", position: "insideBottom", offset: -16 }}
          />
          <YAxis type="number" dataKey="throughputPerAccelerator" label={{ value: "tok/s per accelerator", angle: -90, position: "insideLeft" }} />
          <Tooltip />
          <Legend verticalAlign="top" />
          {target ? <ReferenceLine x={target} stroke="#db2b39" strokeDasharray="4 4" label={{ value: `target ${target}`, position: "top" }} /> : null}
          {series.map((s, i) => (
            <Line key={s.key} data={s.points} name={s.label} dataKey="throughputPerAccelerator" stroke={COLORS[i % COLORS.length]} dot isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
