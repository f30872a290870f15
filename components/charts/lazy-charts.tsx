"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { CostBarChart } from "./cost-bar-chart";
import type { ParetoChart } from "./pareto-chart";
import type { SensitivityChart } from "@/components/scenarios/sensitivity-chart";

// recharts is most of a page's JavaScript: load it after the page is interactive, never on the server.
// The wrappers reserve the chart's height so nothing shifts when it arrives; the tables beside each
// chart carry the same numbers without JavaScript.
function Placeholder() {
  return <div className="h-full w-full animate-pulse rounded bg-slate-100 dark:bg-slate-900" aria-hidden="true" />;
}

const CostBarChartLazy = dynamic(() => import("./cost-bar-chart").then((m) => m.CostBarChart), { ssr: false, loading: Placeholder });
const ParetoChartLazy = dynamic(() => import("./pareto-chart").then((m) => m.ParetoChart), { ssr: false, loading: Placeholder });
const SensitivityChartLazy = dynamic(() => import("@/components/scenarios/sensitivity-chart").then((m) => m.SensitivityChart), {
  ssr: false,
  loading: Placeholder,
});

export function LazyCostBarChart(props: ComponentProps<typeof CostBarChart>) {
  return (
    <div style={{ minHeight: props.bars.length * 34 + 70 }}>
      <CostBarChartLazy {...props} />
    </div>
  );
}

export function LazyParetoChart(props: ComponentProps<typeof ParetoChart>) {
  return (
    <div className="min-h-96">
      <ParetoChartLazy {...props} />
    </div>
  );
}

export function LazySensitivityChart(props: ComponentProps<typeof SensitivityChart>) {
  return (
    <div className="min-h-96">
      <SensitivityChartLazy {...props} />
    </div>
  );
}
