import { GlossaryLink } from "@/components/ui/glossary-link";
import { Link } from "@/components/ui/link";
import type { CostPreview } from "@/lib/data/submissions/preview-cost";
import { offeringKindLabel } from "@/lib/format/labels";
import { formatNumber, formatUsd } from "@/lib/format/numbers";

// The cost a result would produce once approved: cheapest catalog offering, default assumptions.
export function CostPreviewPanel({ preview, compact = false }: { preview: CostPreview | null; compact?: boolean }) {
  if (!preview) return <span className="text-slate-500">—</span>;
  if (!preview.available) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="cost-preview">
        No cost preview: {preview.reason}.
        {preview.tokensPerSecondPerAccelerator != null ? ` ${formatNumber(preview.tokensPerSecondPerAccelerator, 1)} output tok/s per accelerator.` : ""}
      </p>
    );
  }
  if (compact) {
    return (
      <span data-testid="cost-preview" data-usd-per-million={preview.usdPerMillionTokens}>
        <strong>{formatUsd(preview.usdPerMillionTokens, 3)}</strong>/M {preview.tokenBasis} tokens
        <span className="block text-xs text-slate-500">
          on {preview.offering.name} (
          {preview.offering.kind === "cloud" ? preview.offering.pricingBasis : offeringKindLabel(preview.offering.kind).toLowerCase()})
        </span>
      </span>
    );
  }
  return (
    <div
      className="rounded border border-brand-100 bg-brand-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
      data-testid="cost-preview"
      data-usd-per-million={preview.usdPerMillionTokens}
    >
      <p className="text-lg">
        <strong data-testid="cost-preview-value">{formatUsd(preview.usdPerMillionTokens, 3)}</strong> per million {preview.tokenBasis} tokens{" "}
        <GlossaryLink term="usd-per-million-tokens">(definition)</GlossaryLink>
      </p>
      <p>
        {formatNumber(preview.tokensPerSecondPerAccelerator, 1)}{" "}
        <GlossaryLink term="tokens-per-second-per-accelerator">output tok/s per accelerator</GlossaryLink> on the cheapest of {preview.offeringsCompared}{" "}
        offering{preview.offeringsCompared === 1 ? "" : "s"} of this accelerator:{" "}
        <Link href={`/offerings/${preview.offering.slug}`}>{preview.offering.name}</Link> (
        {offeringKindLabel(preview.offering.kind, preview.offering.pricingBasis).toLowerCase()}), {formatUsd(preview.usdPerAcceleratorHour)} per{" "}
        <GlossaryLink term="usd-per-accelerator-hour">accelerator-hour</GlossaryLink>.
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Under the default assumptions (<GlossaryLink term="utilization">utilization</GlossaryLink> {formatNumber(preview.utilization * 100, 0)} %, list prices).
        Your saved scenario may differ.
      </p>
    </div>
  );
}
