// One-line description of a result's workload: length class, lengths, batch or concurrency.
import { SERVING_REGIME_DOCS, WORKLOAD_CLASS_DOCS, type ServingRegime, type WorkloadClass } from "@/lib/cost/workload";

export type WorkloadFields = {
  class: WorkloadClass | null;
  servingRegime: ServingRegime | null;
  inputTokens: number | null;
  outputTokens: number | null;
  batchSize: number | null;
  concurrency: number | null;
};

const k = (n: number) => (n >= 1000 && n % 1024 === 0 ? `${n / 1024}k` : n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n));

export function describeWorkload(w: WorkloadFields): string {
  const parts: string[] = [];
  if (w.class) parts.push(WORKLOAD_CLASS_DOCS[w.class].label);
  if (w.inputTokens && w.outputTokens) parts.push(`${k(w.inputTokens)}/${k(w.outputTokens)}`);
  if (w.batchSize) parts.push(`batch ${w.batchSize}`);
  else if (w.concurrency) parts.push(`conc. ${w.concurrency}`);
  if (!w.batchSize && !w.concurrency && w.servingRegime) parts.push(SERVING_REGIME_DOCS[w.servingRegime].label.toLowerCase());
  return parts.length ? parts.join(" · ") : "workload not stated";
}
