import { Select } from "@/components/ui/select";
import type { OfferingListQuery } from "@/lib/validation/catalog";
import { PRICING_BASES } from "@/lib/validation/enums";

type Option = { value: string; label: string };

// A plain GET form: works without JavaScript and keeps every filter in the URL.
export function OfferingFilters({ query, providers, accelerators }: { query: OfferingListQuery; providers: Option[]; accelerators: Option[] }) {
  return (
    <form method="get" action="/offerings" className="flex flex-wrap items-end gap-3" data-testid="offering-filters">
      <Select name="provider" label="Provider" value={query.provider} options={providers} />
      <Select name="accelerator" label="Accelerator" value={query.accelerator} options={accelerators} />
      <Select
        name="kind"
        label="Kind"
        value={query.kind}
        options={[
          { value: "cloud", label: "Cloud" },
          { value: "onprem", label: "On-prem" },
          { value: "estimate", label: "Ownership estimate" },
        ]}
      />
      <Select name="pricingBasis" label="Pricing basis" value={query.pricingBasis} options={PRICING_BASES.map((v) => ({ value: v, label: v }))} />
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
        Apply
      </button>
    </form>
  );
}
