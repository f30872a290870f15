import type { CatalogAliasEntry } from "@/lib/importers/types";

// Accelerator names as result files write them, e.g. "AMD Instinct MI300X-NPS1-SPX-192GB-750W",
// "NVIDIA H200-SXM-141GB-CTS", "Virtualized NVIDIA H200-SXM-141GB", "AMD Instinct MI355X 288GB HBM3e
// (Power Cap 1000 W)", "AMD Instinct MI355X 288GB HBM3e (x87)", "4xNVIDIA_L40S", "Intel® Gaudi® 2".
// Pure (no I/O) so the seed can reuse it. Matching is on normalized names and aliases: first the
// name as written, then with the variant parts (partition mode, power, memory size, SKU suffixes,
// "Virtualized", vendor brackets) removed; the removed parts become the variant note.

export type AcceleratorNameResolution = { slug: string; variantNote?: string; count?: number };
export type AcceleratorNameError = { error: string; kind: "empty" | "mixed" | "unknown" | "ambiguous"; candidates?: string[] };

function compactKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[®™]|\((r|tm)\)/g, "")
    .replace(/[^a-z0-9]/g, "");
}

// Tokens that describe a variant of the same chip, not another chip.
const VARIANT_TOKEN = /^(nps\d|spx|dpx|qpx|cpx|cts|\d+\s?gb?|\d+\s?gib|\d+\s?w|hbm\d\w*|gddr\d\w*|ai|accelerator|dual|turbo)$/i;

function entryKeys(entry: CatalogAliasEntry): string[] {
  return [entry.slug, entry.name ?? "", ...(entry.aliases ?? [])].map(compactKey).filter((k) => k !== "");
}

function matchesOf(name: string, entries: readonly CatalogAliasEntry[]): string[] {
  const key = compactKey(name);
  if (key === "") return [];
  return [...new Set(entries.filter((e) => entryKeys(e).includes(key)).map((e) => e.slug))];
}

function leadingVendorStripped(name: string): string {
  return name.replace(/^(nvidia|amd|intel|google(\s+cloud)?|aws|amazon|habana(\s+labs)?)\s+(instinct\s+)?/i, "").trim();
}

export function resolveAcceleratorName(rawName: string, entries: readonly CatalogAliasEntry[]): AcceleratorNameResolution | AcceleratorNameError {
  const raw = rawName.trim();
  if (raw === "") return { error: "The accelerator name is empty (a CPU-only system?)", kind: "empty" };
  const mixed = raw.split(/\s+and\s+|,\s*/i).filter((part) => part.trim() !== "");
  if (mixed.length > 1) {
    return { error: `Accelerator "${raw}" is a heterogeneous cluster: no single accelerator type to attribute the throughput to`, kind: "mixed" };
  }

  const notes: string[] = [];
  let count: number | undefined;
  let name = raw;
  const prefixCount = /^(\d+)\s*x\s*[_ ]?(?=[A-Za-z])/i.exec(name);
  if (prefixCount) {
    count = Number(prefixCount[1]);
    name = name.slice(prefixCount[0].length);
  }
  name = name.replace(/_/g, " ");
  name = name.replace(/\(x\s*(\d+)\)/gi, (_, n: string) => {
    count = Number(n);
    return " ";
  });
  name = name.replace(/\(([^)]*)\)/g, (whole, inner: string) => {
    if (/^(r|tm)$/i.test(inner.trim())) return "";
    notes.push(inner.trim());
    return " ";
  });
  name = name.replace(/^\[[^\]]*\]\s*/, (bracket) => {
    notes.push(`sold as ${bracket.trim()}`);
    return "";
  });
  if (/^virtuali[sz]ed\s+/i.test(name)) {
    notes.push("virtualized");
    name = name.replace(/^virtuali[sz]ed\s+/i, "");
  }
  name = name.replace(/\s+/g, " ").trim();

  const attempts: string[] = [raw, name];
  // Drop variant tokens split on "-" or spaces, remembering them for the note.
  const tokens = name.split(/[\s-]+/).filter(Boolean);
  const kept = tokens.filter((t) => !VARIANT_TOKEN.test(t));
  const dropped = tokens.filter((t) => VARIANT_TOKEN.test(t));
  if (dropped.length > 0) attempts.push(kept.join(" "));
  attempts.push(leadingVendorStripped(name), leadingVendorStripped(kept.join(" ")));
  // "MS-Intel Arc Pro B60": a board maker's prefix before the chip vendor.
  const vendorInside = /\b(nvidia|amd|intel)\b.*$/i.exec(kept.join(" "));
  if (vendorInside && vendorInside.index > 0) attempts.push(vendorInside[0]);

  for (const [index, attempt] of attempts.entries()) {
    const matches = matchesOf(attempt, entries);
    if (matches.length > 1) {
      return {
        error: `Accelerator "${raw}" matches several catalog accelerators (${matches.join(", ")}): name it exactly`,
        kind: "ambiguous",
        candidates: matches,
      };
    }
    if (matches.length === 1) {
      const variantParts = [...notes, ...(index >= 2 && dropped.length > 0 ? [dropped.join("-")] : [])];
      const variantNote =
        raw === attempt && notes.length === 0
          ? undefined
          : `Accelerator as the file writes it: "${raw}"${variantParts.length > 0 ? ` (variant: ${variantParts.join(", ")})` : ""}`;
      return { slug: matches[0], ...(variantNote ? { variantNote } : {}), ...(count !== undefined ? { count } : {}) };
    }
  }
  return {
    error: `Accelerator "${raw}" is not in the catalog: a moderator adds it as an alias of the catalog accelerator it is, or adds the accelerator`,
    kind: "unknown",
  };
}

export function isAcceleratorNameError(value: AcceleratorNameResolution | AcceleratorNameError): value is AcceleratorNameError {
  return "error" in value;
}
