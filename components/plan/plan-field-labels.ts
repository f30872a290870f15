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

/** Errors by the form field they belong to (the first segment of their path). */
export function errorsByField(errors: { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const field = e.path.split(".")[0];
    if (!(field in PLAN_FIELD_LABELS)) continue;
    out[field] = out[field] ? `${out[field]} ${e.message}` : e.message;
  }
  return out;
}
