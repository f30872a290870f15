import { resolveCatalogSlug } from "@/lib/importers/aliases";
import type { CatalogAliasEntry, FormValues } from "@/lib/importers/types";

// A file's model id (a Hugging Face id such as "meta-llama/Llama-3.1-8B-Instruct", an MLPerf name,
// a served path) maps to a catalog model through the catalog's names and aliases. An id that maps
// to nothing is a row error, never silently replaced by the form's model — unless the user ticked
// "use the form's value" for the model.

export type ModelIdOutcome = { slug?: string; error?: string };

export function unknownModelMessage(id: string): string {
  return (
    `Model id "${id}" is not in the catalog. To map it, a moderator adds "${id}" to the aliases of the catalog model it is ` +
    `(or adds the model); to import this file anyway as the model chosen in the form, choose the model and tick "use the form's value" for model.`
  );
}

// First stated id wins (model_id before tokenizer_id…); absent ids are skipped.
export function resolveModelIds(ids: readonly (string | undefined)[], aliases: readonly CatalogAliasEntry[], form: FormValues = {}): ModelIdOutcome {
  const stated = ids.filter((id): id is string => typeof id === "string" && id.trim() !== "");
  if (stated.length === 0) return {};
  for (const id of stated) {
    const slug = resolveCatalogSlug(id, aliases);
    if (slug) return { slug };
  }
  if (form.overrides?.includes("model") && form.defaults?.model) return {};
  return { error: unknownModelMessage(stated[0]) };
}
