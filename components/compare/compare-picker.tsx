import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Link } from "@/components/ui/link";
import { QueryErrors } from "@/components/ui/query-errors";
import { Select } from "@/components/ui/select";
import type { FieldError as FieldErrorValue } from "@/lib/errors";
import { errorsByField } from "@/lib/validation/field-errors";

const LABELS = { offerings: "Offerings", model: "Model" };

// What /compare shows until it has 2–4 known offerings and a model: a GET form for both, with each
// problem beside its field. A first visit has no problems to show, only the form.
export function ComparePicker({
  errors,
  offerings,
  model,
  models,
}: {
  errors: FieldErrorValue[];
  offerings?: string;
  model?: string;
  models: { slug: string; name: string }[];
}) {
  const byField = errorsByField(errors, Object.keys(LABELS));
  const offeringsError = byField.offerings;
  return (
    <div className="space-y-4">
      <QueryErrors errors={errors} heading="Nothing to compare yet:" fields={{ labels: LABELS, idPrefix: "f-" }} />
      <p>
        Pick 2 to 4 offerings from the <Link href="/leaderboard">leaderboard</Link> (each row&apos;s link names its offering), or type their slugs here, and the
        model to compare them on.
      </p>
      <form method="get" action="/compare" className="grid max-w-xl gap-3" data-testid="compare-picker">
        <div className="flex flex-col text-sm">
          <label htmlFor="f-offerings" className="mb-1 font-medium">
            {LABELS.offerings} (2 to 4 slugs, comma-separated)
          </label>
          <Input
            id="f-offerings"
            name="offerings"
            defaultValue={offerings ?? ""}
            aria-invalid={offeringsError ? true : undefined}
            aria-describedby={offeringsError ? "f-offerings-error" : undefined}
          />
          <FieldError id="f-offerings-error" name="offerings" message={offeringsError} />
        </div>
        <Select
          name="model"
          label={LABELS.model}
          value={models.some((m) => m.slug === model) ? model : undefined}
          options={models.map((m) => ({ value: m.slug, label: m.name }))}
          allLabel="Choose a model"
          error={byField.model}
        />
        <div>
          <Button type="submit">Compare</Button>
        </div>
      </form>
    </div>
  );
}
