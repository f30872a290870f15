import { Link } from "@/components/ui/link";

type RawSearchParams = Record<string, string | string[] | undefined>;

// Carries the current view's filters to the scenario form, which saves them as a new scenario.
export function SaveScenarioButton({ searchParams, modelType }: { searchParams: RawSearchParams; modelType?: string }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (value === undefined || value === "" || key === "format") continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  if (modelType) params.set("modelType", modelType);
  return (
    <Link href={`/scenarios/new?${params}`} data-testid="save-scenario">
      Save as scenario
    </Link>
  );
}
