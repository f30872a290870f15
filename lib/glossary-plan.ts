import type { GlossaryEntry } from "./glossary";

// The capacity planner's figures (/plan), each computed in lib/cost/plan.ts.
export const PLAN_GLOSSARY: GlossaryEntry[] = [
  {
    id: "plan-peak-tokens-per-second",
    term: "Peak demand",
    unit: "tok/s",
    formula:
      "tokensPerDay ÷ 86,400 × peakToAverage (tokensPerDay = outputTokensPerDay, or requestsPerDay × outputTokens; × (inputTokens + outputTokens) on the total basis)",
    definition:
      "The token rate the fleet must sustain at the busiest time. The peak-to-average ratio (default 1) says how much the busiest hour exceeds the daily average.",
  },
  {
    id: "plan-accelerators-needed",
    term: "Accelerators needed",
    unit: "accelerators (whole units)",
    formula: "units = ceil(ceil(peak tok/s ÷ tokensPerSecondPerAccelerator) ÷ acceleratorsPerUnit); acceleratorsNeeded = units × acceleratorsPerUnit",
    definition:
      "The smallest fleet that serves the peak, counted in what one can actually rent or buy (instances, servers, racks). Throughput per accelerator is read off the same Pareto frontier, at the same interactivity target, as the leaderboard.",
  },
  {
    id: "plan-monthly-cost",
    term: "Monthly cost",
    unit: "$ / month",
    formula: "acceleratorsNeeded × usdPerAcceleratorHour × 730",
    definition:
      "What the fleet costs per average month (8760 ÷ 12 = 730 hours), rented or owned, from the same accelerator-hour cost model as the leaderboard. The fleet is paid for around the clock, busy or not.",
  },
  {
    id: "plan-usd-per-million-tokens",
    term: "Effective cost per million tokens",
    unit: "$ / 1M tokens",
    formula: "monthlyCost ÷ (tokensPerDay × 730 ÷ 24) × 1,000,000",
    definition:
      "The plan's bill spread over the tokens it actually delivers. In demand mode the fleet runs at the utilization the average demand leaves it at (average ÷ capacity), so peaks and whole units make it dearer than the leaderboard figure; in power mode it equals the leaderboard figure at the scenario's utilization.",
  },
  {
    id: "plan-megawatts",
    term: "Fleet power",
    unit: "MW",
    formula: "acceleratorsNeeded × facility kW per accelerator ÷ 1000 (measured system power × PUE, or all-in provisioned power as is)",
    definition:
      "Site power the fleet draws, with the facility (cooling, distribution) included exactly as the cost model includes it. Unknown when neither measured nor provisioned power is known.",
  },
  {
    id: "plan-tokens-per-day-per-megawatt",
    term: "Tokens per day per megawatt",
    unit: "tokens / day / MW",
    formula: "tokensPerDay delivered ÷ fleet MW",
    definition: "How many tokens a megawatt of this fleet delivers per day: what decides on-prem economics when power, not money, is the limit.",
  },
  {
    id: "plan-power-capped-tokens",
    term: "Tokens per day within a power cap",
    unit: "tokens / day",
    formula: "floor(cap MW × 1000 ÷ kW per unit) × acceleratorsPerUnit × tokensPerSecondPerAccelerator × 86,400 × utilization",
    definition:
      "Power mode: as many whole units as fit in the site's megawatts, busy at the scenario's utilization. Offerings are ranked by these tokens per day, then by monthly cost.",
  },
  {
    id: "plan-fits",
    term: "Fits the power cap / budget",
    unit: "yes | no | unknown",
    formula: "fleet MW ≤ cap; monthlyCost ≤ budget",
    definition:
      "A cap excludes exactly the plans above it and a budget those that cost more; excluded plans are listed after the ranked ones. A plan without a power figure cannot be shown to fit a cap (unknown) and is not ranked under one.",
  },
];
