import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import { SourceLink } from "@/components/ui/source-link";
import { SpecList } from "@/components/ui/spec";
import type { SubmissionView } from "@/lib/data/submissions/submission-view";
import { formatDay } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";

function withUnit(value: number | null, unit: string, digits = 1) {
  return value == null ? "—" : `${formatNumber(value, digits)} ${unit}`;
}

function submittedBy(s: SubmissionView & { viewerIsSubmitter?: boolean }) {
  if (s.viewerIsSubmitter) return s.provenance.submitter ? `you (${s.provenance.submitter})` : "you";
  return s.provenance.submitter ?? "a user without a display name";
}

// Every field of a result with its unit, then where it came from.
export function SubmissionDetails({ submission: s }: { submission: SubmissionView & { viewerIsSubmitter?: boolean } }) {
  const count =
    s.prefillAcceleratorCount != null && s.decodeAcceleratorCount != null
      ? `${s.acceleratorCount} (${s.prefillAcceleratorCount} prefill + ${s.decodeAcceleratorCount} decode)`
      : String(s.acceleratorCount);
  return (
    <div className="space-y-6">
      <section aria-labelledby="setup-heading">
        <h2 id="setup-heading" className="mb-2">
          Setup
        </h2>
        <SpecList
          items={[
            { label: "Model", value: <Link href={`/models/${s.model}`}>{s.modelName}</Link> },
            { label: "Accelerator", value: <Link href={`/hardware/${s.accelerator}`}>{s.acceleratorName}</Link> },
            { label: "Accelerator count", value: count },
            { label: "Precision", value: s.precision },
            { label: "Engine", value: `${s.engine}${s.engineVersion ? ` ${s.engineVersion}` : ""}` },
            { label: "System", value: s.systemName ?? "—" },
            { label: "Scenario", value: s.scenario ?? "—" },
            { label: "Speculative decoding", value: s.features.speculativeDecoding },
            { label: "KV-cache offload", value: s.features.kvCacheOffload ? "yes" : "no" },
            { label: "Disaggregated prefill/decode", value: s.features.disaggregated ? "yes" : "no" },
            { label: "Expert parallelism", value: s.features.expertParallelism ?? "—" },
          ]}
        />
      </section>
      <section aria-labelledby="workload-heading">
        <h2 id="workload-heading" className="mb-2">
          Workload and metrics
        </h2>
        <SpecList
          items={[
            { label: "Input length", value: withUnit(s.inputTokens, "tokens", 0) },
            { label: "Output length", value: withUnit(s.outputTokens, "tokens", 0) },
            { label: "Concurrency", value: withUnit(s.concurrency, "requests", 0) },
            { label: "Output throughput (system)", value: withUnit(s.outputTokensPerSecond, "tok/s") },
            { label: "Input throughput (system)", value: withUnit(s.inputTokensPerSecond, "tok/s") },
            {
              label: "Interactivity",
              value: <GlossaryLink term="interactivity">{withUnit(s.interactivityTokensPerSecondPerUser, "tok/s per user")}</GlossaryLink>,
            },
            { label: "TTFT p50 / p99", value: `${withUnit(s.ttftMsP50, "ms")} / ${withUnit(s.ttftMsP99, "ms")}` },
            { label: "TPOT p50 / p99", value: `${withUnit(s.tpotMsP50, "ms")} / ${withUnit(s.tpotMsP99, "ms")}` },
            ...(s.ttftLimitMsP99 != null || s.tpotLimitMsP99 != null
              ? [{ label: "Latency bounds met (p99 TTFT / TPOT)", value: `${withUnit(s.ttftLimitMsP99, "ms")} / ${withUnit(s.tpotLimitMsP99, "ms")}` }]
              : []),
            { label: "Average power", value: withUnit(s.averagePowerWatts, "W", 0) },
            { label: "Token basis", value: s.tokenBasis },
          ]}
        />
      </section>
      <section aria-labelledby="provenance-heading">
        <h2 id="provenance-heading" className="mb-2">
          Provenance
        </h2>
        <SpecList
          items={[
            { label: "Source", value: <SourceLink href={s.sourceUrl} /> },
            { label: "Submitted by", value: <span data-testid="submitted-by">{submittedBy(s)}</span> },
            { label: "Submitted", value: formatDay(s.submittedAt) },
            { label: "Imported with", value: s.provenance.importer ?? "form or API" },
            { label: "File SHA-256", value: s.provenance.sourceFileHash ? <code className="break-all text-xs">{s.provenance.sourceFileHash}</code> : "—" },
            { label: "External id", value: s.provenance.externalId ?? "—" },
            { label: "Reviewed", value: s.reviewedAt ? `${formatDay(s.reviewedAt)}${s.reviewedBy ? ` by ${s.reviewedBy}` : ""}` : "not yet" },
          ]}
        />
        {s.notes ? (
          <div className="mt-3">
            <h3 className="font-semibold">Notes</h3>
            <p className="whitespace-pre-line text-sm" data-testid="submission-notes">
              {s.notes}
            </p>
          </div>
        ) : null}
      </section>
    </div>
  );
}
