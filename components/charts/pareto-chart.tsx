import { formatTick, linearAxisFromZero, logAxis } from "@/lib/format/chart-scale";
import { formatNumber } from "@/lib/format/numbers";

export type ParetoChartSeries = { key: string; label: string; points: { interactivity: number; throughputPerAccelerator: number }[] };

const COLORS = ["#2f6fed", "#e4572e", "#17a398", "#f3a712", "#7f58af", "#29335c", "#a8c686", "#db2b39", "#669bbc", "#8d6a9f", "#3d5a80", "#ee6c4d"];

// Server-rendered SVG, like the cost chart (no chart library in the browser). The plot is drawn in a
// 1000×1000 box stretched to the element (strokes keep their width through vector-effect); the axis
// labels, legend and target label are HTML placed by percentage, so text stays readable at any width.
const BOX = 1000;
const pct = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

export function ParetoChart({ series, target }: { series: ParetoChartSeries[]; target?: number }) {
  const points = series.flatMap((s) => s.points);
  const x = logAxis([...points.map((p) => p.interactivity), ...(target ? [target] : [])]);
  const y = linearAxisFromZero(Math.max(...points.map((p) => p.throughputPerAccelerator)));
  const px = (value: number) => (x.position(value) * BOX).toFixed(1);
  const py = (value: number) => ((1 - y.position(value)) * BOX).toFixed(1);
  const stroke = { vectorEffect: "non-scaling-stroke" as const };
  return (
    <div
      className="w-full space-y-2 text-xs text-slate-600 dark:text-slate-400"
      data-testid="pareto-chart"
      role="img"
      aria-label="Throughput per accelerator against interactivity, one line per accelerator and precision"
    >
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.key} className="flex items-center gap-1">
            <span className="inline-block h-2 w-3 rounded-sm" style={{ backgroundColor: COLORS[i % COLORS.length] }} />
            {s.label}
          </li>
        ))}
      </ul>
      <p aria-hidden="true">tok/s per accelerator</p>
      <div className="relative mr-2 mb-10 ml-10 h-72 sm:h-80" aria-hidden="true">
        {y.ticks.map((tick) => (
          <span key={tick} className="absolute -left-10 w-9 -translate-y-1/2 text-right tabular-nums" style={{ top: pct(1 - y.position(tick)) }}>
            {formatTick(tick)}
          </span>
        ))}
        {x.ticks.map((tick) => (
          <span key={tick} className="absolute top-full mt-1 -translate-x-1/2 tabular-nums" style={{ left: pct(x.position(tick)) }}>
            {formatTick(tick)}
          </span>
        ))}
        <span className="absolute top-full left-1/2 mt-5 -translate-x-1/2 whitespace-nowrap">Interactivity (tok/s per user, log scale)</span>
        {target ? (
          <span className="absolute -top-4 -translate-x-1/2 whitespace-nowrap text-[#db2b39]" style={{ left: pct(x.position(target)) }}>
            target {target}
          </span>
        ) : null}
        <svg viewBox={`0 0 ${BOX} ${BOX}`} preserveAspectRatio="none" className="absolute inset-0 h-full w-full overflow-visible">
          <g className="stroke-slate-200 dark:stroke-slate-800" strokeDasharray="3 3">
            {y.ticks.map((tick) => (
              <line key={`y${tick}`} x1={0} x2={BOX} y1={py(tick)} y2={py(tick)} style={stroke} />
            ))}
            {x.ticks.map((tick) => (
              <line key={`x${tick}`} x1={px(tick)} x2={px(tick)} y1={0} y2={BOX} style={stroke} />
            ))}
          </g>
          <path d={`M0 0V${BOX}H${BOX}`} fill="none" className="stroke-slate-400" style={stroke} />
          {target ? <line x1={px(target)} x2={px(target)} y1={0} y2={BOX} stroke="#db2b39" strokeDasharray="4 4" strokeWidth={1.5} style={stroke} /> : null}
          {series.map((s, i) => {
            const color = COLORS[i % COLORS.length];
            const sorted = [...s.points].sort((a, b) => a.interactivity - b.interactivity);
            return (
              <g key={s.key} stroke={color}>
                <polyline
                  points={sorted.map((p) => `${px(p.interactivity)},${py(p.throughputPerAccelerator)}`).join(" ")}
                  fill="none"
                  strokeWidth={2}
                  style={stroke}
                />
                {/* A zero-length segment with round caps: a dot that the stretched box cannot squash. */}
                {sorted.map((p, j) => (
                  <path key={j} d={`M${px(p.interactivity)} ${py(p.throughputPerAccelerator)}h0`} strokeWidth={7} strokeLinecap="round" style={stroke}>
                    <title>{`${s.label}: ${formatNumber(p.interactivity, 1)} tok/s per user, ${formatNumber(p.throughputPerAccelerator, 0)} tok/s per accelerator`}</title>
                  </path>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
    </div>
  );
}
