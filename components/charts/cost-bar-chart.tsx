import { linearAxisFromZero } from "@/lib/format/chart-scale";
import { formatUsd } from "@/lib/format/numbers";

export type CostBar = { label: string; usdPerMillionTokens: number };

// Rendered on the server as plain SVG: no chart library reaches the browser, so the page is readable
// and interactive as soon as its HTML arrives (a client chart cost phones seconds of main-thread time).
// Widths are percentages of the box and text keeps its real size, so it fits a 390 px phone.
const ROW_PX = 36;
const BAR_PX = 14;
// The longest bar stops short of the right edge to leave room for its value.
const BAR_SHARE = 0.78;

export function CostBarChart({ bars, tokenBasis }: { bars: CostBar[]; tokenBasis: string }) {
  const axis = linearAxisFromZero(Math.max(...bars.map((b) => b.usdPerMillionTokens)));
  const width = (usd: number) => `${(axis.position(usd) * BAR_SHARE * 100).toFixed(2)}%`;
  const height = bars.length * ROW_PX + 4;
  return (
    <div className="w-full" data-testid="cost-chart" role="img" aria-label={`Cost per million ${tokenBasis} tokens of the top offerings`}>
      <svg width="100%" height={height} className="block overflow-visible text-slate-700 dark:text-slate-300" aria-hidden="true">
        {axis.ticks.map((tick) => (
          <line key={tick} x1={width(tick)} x2={width(tick)} y1={0} y2={height} className="stroke-slate-200 dark:stroke-slate-800" strokeDasharray="3 3" />
        ))}
        {bars.map((bar, i) => {
          const top = i * ROW_PX;
          return (
            <g key={`${bar.label}-${i}`}>
              <text x={0} y={top + 12} fontSize={12} fill="currentColor">
                {bar.label.length > 48 ? `${bar.label.slice(0, 47)}…` : bar.label}
              </text>
              <rect x={0} y={top + 17} width={width(bar.usdPerMillionTokens)} height={BAR_PX} rx={2} fill="#2f6fed">
                <title>{`${bar.label}: ${formatUsd(bar.usdPerMillionTokens, 3)} per million ${tokenBasis} tokens`}</title>
              </rect>
              <text x={width(bar.usdPerMillionTokens)} dx={6} y={top + 28} fontSize={12} fontWeight={600} fill="currentColor">
                {formatUsd(bar.usdPerMillionTokens, 3)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="mt-1 text-xs text-slate-500">$ per million {tokenBasis} tokens (bars drawn to scale from $0)</p>
    </div>
  );
}
