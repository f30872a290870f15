"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";

import type { SensitivityChart } from "@/components/scenarios/sensitivity-chart";

// recharts is most of a page's JavaScript: load it after the page is interactive, never on the server.
// The wrapper reserves the chart's height so nothing shifts when it arrives; the table beside the
// chart carries the same numbers without JavaScript. (The leaderboard and hardware charts are plain
// server-rendered SVG: components/charts/cost-bar-chart.tsx, pareto-chart.tsx.)
function Placeholder() {
  return <div className="h-full w-full animate-pulse rounded bg-slate-100 dark:bg-slate-900" aria-hidden="true" />;
}

const SensitivityChartLazy = dynamic(() => import("@/components/scenarios/sensitivity-chart").then((m) => m.SensitivityChart), {
  ssr: false,
  loading: Placeholder,
});

export function LazySensitivityChart(props: ComponentProps<typeof SensitivityChart>) {
  return (
    <div className="min-h-96">
      <SensitivityChartLazy {...props} />
    </div>
  );
}
