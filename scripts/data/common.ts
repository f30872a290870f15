// Shared by the extraction scripts: where the raw public files live, the curated result format the
// seed loads (prisma/seed/data/results/*.json), catalog name resolution and skip-reason bookkeeping.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { resolveCatalogSlug } from "@/lib/importers/aliases";

import type { CuratedResult, CuratedResultFile } from "../../prisma/seed/curated-results";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
// The raw public files: RAW_DATA_DIR, default the shared/data folder beside the checkout (docs/data.md).
export const RAW_DIR = process.env.RAW_DATA_DIR ?? path.resolve(REPO_ROOT, "..", "shared", "data");
export const SEED_DATA_DIR = path.join(REPO_ROOT, "prisma/seed/data");

export function rawPath(relative: string): string {
  return path.join(RAW_DIR, relative);
}

export function rawAvailable(): boolean {
  return existsSync(RAW_DIR);
}

export function readRaw(relative: string): string {
  return readFileSync(rawPath(relative), "utf8");
}

type CatalogEntry = { slug: string; name: string; aliases: string[] };
const catalog = (file: string) => JSON.parse(readFileSync(path.join(SEED_DATA_DIR, file), "utf8")) as CatalogEntry[];
export const ACCELERATORS = catalog("accelerators.json");
export const MODELS = catalog("models.json");

export function modelSlug(name: string): string | undefined {
  return resolveCatalogSlug(name, MODELS);
}

export function acceleratorSlug(name: string): string | undefined {
  return resolveCatalogSlug(name, ACCELERATORS);
}

/** Counts why raw rows were not extracted, so every script can report them. */
export class SkipLog {
  readonly reasons = new Map<string, number>();
  skip(reason: string): void {
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }
  print(label: string): void {
    for (const [reason, count] of [...this.reasons].sort((a, b) => b[1] - a[1])) console.log(`[${label}] skipped ${String(count).padStart(4)}  ${reason}`);
  }
}

// Drops undefined/null fields so the extracts stay small and diffs readable.
function compact(result: CuratedResult): CuratedResult {
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined && v !== null)) as CuratedResult;
}

// `--check` compares instead of writing: CI runs it where the raw files exist, so a hand edit of an
// extract (or a script change not re-run) is caught.
export const CHECK_ONLY = process.argv.includes("--check");
export const staleFiles: string[] = [];

export function writeOrCheck(file: string, content: string): void {
  if (!CHECK_ONLY) return writeFileSync(file, content);
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (current !== content) staleFiles.push(path.relative(REPO_ROOT, file));
}

export function writeExtract(fileName: string, file: Omit<CuratedResultFile, "results"> & { results: CuratedResult[] }): void {
  const ids = new Set<string>();
  for (const r of file.results) {
    if (ids.has(r.externalId)) throw new Error(`${fileName}: duplicate externalId ${r.externalId}`);
    ids.add(r.externalId);
  }
  const out = { ...file, results: file.results.map(compact) };
  writeOrCheck(path.join(SEED_DATA_DIR, "results", fileName), JSON.stringify(out, null, 1) + "\n");
  console.log(`[${fileName}] ${file.results.length} results ${CHECK_ONLY ? "extracted" : "written"}`);
}

export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** 1000 / TPOT: the per-user decode speed a measured median TPOT implies. */
export function interactivityFromTpot(tpotMs: number | undefined): number | undefined {
  return tpotMs && tpotMs > 0 ? round(1000 / tpotMs, 3) : undefined;
}
