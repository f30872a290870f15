import type { CatalogAliasEntry } from "@/lib/importers/types";

// Results files name things their own way ("meta-llama/Llama-3.1-8B-Instruct", "/models/llama-3.1-8b",
// "NVIDIA H100-SXM5-80GB"); the catalog has slugs, names and aliases. Compare on letters and digits
// only, so case, "-", "_", "." and spaces do not matter, and try the last path segment of the name too.

function compactKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function lastSegment(text: string): string {
  const parts = text.trim().split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? text;
}

function keysOf(text: string): string[] {
  return [...new Set([compactKey(text), compactKey(lastSegment(text))])].filter((key) => key !== "");
}

// Checkpoint suffixes that do not change which model it is (chat tuning, packaging, quantization:
// the precision is a separate submission field).
const VARIANT_SUFFIX = /[-_.](instruct|chat|it|hf|base|fp8|fp4|nvfp4|mxfp4|awq|gptq|int4|int8|w4a16|w8a8|dynamic|quantized)$/i;

function stripVariants(text: string): string {
  let name = lastSegment(text);
  while (VARIANT_SUFFIX.test(name)) name = name.replace(VARIANT_SUFFIX, "");
  return name;
}

function uniqueMatch(wanted: string[], entries: readonly CatalogAliasEntry[], keysOfEntryName: (text: string) => string[]): string | undefined {
  const matches = new Set<string>();
  for (const entry of entries) {
    const known = [entry.slug, entry.name ?? "", ...(entry.aliases ?? [])].flatMap(keysOfEntryName);
    if (wanted.some((key) => known.includes(key))) matches.add(entry.slug);
  }
  return matches.size === 1 ? [...matches][0] : undefined;
}

// Returns the slug of the one catalog entry the name refers to, or undefined when none or several
// match. An exact (normalized) match wins; only then are variant suffixes such as "-Instruct" ignored.
export function resolveCatalogSlug(name: string | null | undefined, entries: readonly CatalogAliasEntry[]): string | undefined {
  if (!name || name.trim() === "") return undefined;
  const exact = uniqueMatch(keysOf(name), entries, keysOf);
  if (exact) return exact;
  const loose = (text: string) => [compactKey(stripVariants(text))].filter((key) => key !== "");
  return uniqueMatch(loose(name), entries, loose);
}
