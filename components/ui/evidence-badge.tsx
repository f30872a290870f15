import { EVIDENCE_LABELS } from "@/lib/format/labels";
import type { EvidenceKind } from "@/lib/validation/enums";

const TONE: Record<EvidenceKind, string> = {
  audited: "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  vendor: "border-sky-300 bg-sky-50 text-sky-800 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-300",
  academic: "border-violet-300 bg-violet-50 text-violet-800 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-300",
  community: "border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300",
};

// How much a result can be trusted, at a glance; the glossary explains each kind.
export function EvidenceBadge({ evidence }: { evidence: EvidenceKind }) {
  const doc = EVIDENCE_LABELS[evidence];
  return (
    <a
      href="/glossary#evidence-kind"
      title={doc.description}
      data-testid="evidence-badge"
      data-evidence={evidence}
      className={`inline-block rounded border px-1.5 py-px text-xs font-medium whitespace-nowrap no-underline ${TONE[evidence]}`}
    >
      {doc.label}
    </a>
  );
}
