import type { KeyFate } from "@/lib/importers/types";

// Records the fate of each source key while a row is mapped, then lists every key of the row in
// file order. A key nobody claimed is reported as ignored, so a new metric in a future vintage of
// a format shows up in the report instead of vanishing.
export class KeyLedger {
  private readonly fates = new Map<string, KeyFate>();

  mapped(key: string, field: string, note?: string): void {
    this.fates.set(key, { key, fate: "mapped", field, ...(note ? { note } : {}) });
  }

  converted(key: string, field: string, unit: string, note?: string): void {
    this.fates.set(key, { key, fate: "converted", field, unit, ...(note ? { note } : {}) });
  }

  ignored(key: string, note: string): void {
    if (!this.fates.has(key)) this.fates.set(key, { key, fate: "ignored", note });
  }

  has(key: string): boolean {
    return this.fates.has(key);
  }

  list(sourceKeys: readonly string[]): KeyFate[] {
    const seen = new Set<string>();
    const out: KeyFate[] = [];
    for (const key of [...sourceKeys, ...this.fates.keys()]) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(this.fates.get(key) ?? { key, fate: "ignored", note: "no TokenCost field for it" });
    }
    return out;
  }
}

// The same per-row check for tests and the real-files script: every key of the source is listed.
export function unaccountedKeys(sourceKeys: readonly string[], fates: readonly KeyFate[]): string[] {
  const listed = new Set(fates.map((f) => f.key));
  return sourceKeys.filter((key) => !listed.has(key));
}
