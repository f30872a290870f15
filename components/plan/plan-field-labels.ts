// The planner form's labels, by query name: the form shows them and the error summary names fields by
// them, so a visitor reads "Output tokens per day", not outputTokensPerDay.
export const PLAN_FIELD_LABELS: Record<string, string> = {
  model: "Model",
  mode: "Plan for",
  outputTokensPerDay: "Output tokens per day",
  requestsPerDay: "Requests per day",
  inputTokens: "Average input tokens",
  outputTokens: "Average output tokens",
  peakToAverage: "Peak-to-average",
  minTokensPerSecondPerUser: "Interactivity target (tok/s per user)",
  ttftMsLimit: "TTFT limit (ms)",
  deployment: "Deployment",
  powerCapMw: "Site power cap (MW)",
  budgetUsdPerMonth: "Monthly budget ($)",
};
