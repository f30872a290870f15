// The lines' colours and their key, shared by the plot (loaded late, recharts) and the legend beside it
// (server HTML). As HTML in normal flow the legend wraps its long offering names below the plot; drawn
// by recharts inside the chart's fixed height, five of them took most of it on a phone.
export const SENSITIVITY_COLORS = ["#2f6fed", "#e4572e", "#17a398", "#f3a712", "#7f58af", "#29335c", "#db2b39", "#669bbc"];

export const sensitivityColor = (index: number) => SENSITIVITY_COLORS[index % SENSITIVITY_COLORS.length];

export type SensitivitySeries = { key: string; label: string };

export function SensitivityLegend({ series, testId }: { series: SensitivitySeries[]; testId: string }) {
  return (
    <ul aria-label="Lines in the chart" className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-700 dark:text-slate-300" data-testid={testId}>
      {series.map((s, i) => (
        <li key={s.key} className="flex items-start gap-1.5">
          {/* Beside the label's first line when a long name wraps. */}
          <span aria-hidden="true" className="mt-1.5 inline-block h-1 w-4 shrink-0 rounded-full" style={{ backgroundColor: sensitivityColor(i) }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
