"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";

import type { SensitivityChart } from "@/components/scenarios/sensitivity-chart";
import { SensitivityLegend } from "@/components/scenarios/sensitivity-legend";

// recharts is most of a page's JavaScript: load it after the page is interactive, never on the server.
// The wrapper reserves the plot's height so nothing shifts when it arrives, and draws the legend below it
// as server HTML; the table beside the chart carries the same numbers without JavaScript. (The
// leaderboard and hardware charts are plain server-rendered SVG: components/charts/cost-bar-chart.tsx,
// pareto-chart.tsx.)
function Placeholder() {
  return <div className="h-full w-full animate-pulse rounded bg-slate-100 dark:bg-slate-900" aria-hidden="true" />;
}

const SensitivityChartLazy = dynamic(() => import("@/components/scenarios/sensitivity-chart").then((m) => m.SensitivityChart), {
  ssr: false,
  loading: Placeholder,
});

export function LazySensitivityChart({ testId, ...props }: ComponentProps<typeof SensitivityChart> & { testId: string }) {
  return (
    <div className="space-y-2" data-testid={testId}>
      {/* 288 px on a phone leaves the plot itself ~210 px between its axes; 384 px from the sm breakpoint. */}
      <div className="h-72 sm:h-96" data-testid={`${testId}-plot`}>
        <SensitivityChartLazy {...props} />
      </div>
      <SensitivityLegend series={props.series} testId={`${testId}-legend`} />
    </div>
  );
}
