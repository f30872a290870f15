"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";

import type { PlanChart } from "./plan-chart";

// recharts loads after the page is interactive, never on the server; the table view carries the numbers.
const PlanChartLazy = dynamic(() => import("./plan-chart").then((m) => m.PlanChart), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse rounded bg-slate-100 dark:bg-slate-900" aria-hidden="true" />,
});

export function LazyPlanChart(props: ComponentProps<typeof PlanChart>) {
  return (
    <div className="min-h-80">
      <PlanChartLazy {...props} />
    </div>
  );
}
