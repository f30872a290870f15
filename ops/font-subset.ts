// The web font pages load: Inter's latin subset from @fontsource-variable/inter, cut down with HarfBuzz
// (subset-font) to the weights the pages use (400–700, from font-normal to font-bold) and to the layout
// features they need. Same characters as the latin file (e2e/fixtures/font-coverage.ts checks page text
// against them), 28 KB instead of 48 KB: the font is fetched at high priority on every first visit, so on
// a phone its bytes share the connection with the stylesheet and scripts (docs/operations.md).
// `npm run font:subset` writes the file; tests/unit/ops/font-subset.test.ts checks the committed copy is
// what this makes from the installed package.
import { readFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

import { repoRoot } from "./production-build";

const FONTSOURCE = path.join(repoRoot, "node_modules/@fontsource-variable/inter");
export const SOURCE_FONT = path.join(FONTSOURCE, "files/inter-latin-wght-normal.woff2");
export const SUBSET_FONT = path.join(repoRoot, "app/fonts/inter-latin-400-700.woff2");
export const WEIGHT_RANGE = { min: 400, max: 700 } as const;
// Kerning, ligatures and contextual forms, mark positioning, localized forms, and tabular figures
// (`tabular-nums` on chart ticks). Inter's stylistic sets and character variants are dropped.
export const LAYOUT_FEATURES = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum", "rvrn"];

/** [first, last] code points of a CSS unicode-range list ("U+0000-00FF,U+0131,…"). */
export function parseUnicodeRange(list: string): [number, number][] {
  return list.split(",").map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(first, 16), parseInt(last, 16)];
  });
}

/** Every character of a CSS unicode-range list. */
export function charactersOfUnicodeRange(list: string): string {
  let text = "";
  for (const [first, last] of parseUnicodeRange(list)) for (let codePoint = first; codePoint <= last; codePoint++) text += String.fromCodePoint(codePoint);
  return text;
}

/** Fontsource's unicode-range of the latin file. */
export function latinUnicodeRange(): string {
  return (JSON.parse(readFileSync(path.join(FONTSOURCE, "unicode.json"), "utf8")) as Record<string, string>).latin;
}

/** The subset, as WOFF2 bytes (deterministic for a given subset-font and source file). */
export async function subsetInter(): Promise<Buffer> {
  return subsetFont(readFileSync(SOURCE_FONT), charactersOfUnicodeRange(latinUnicodeRange()), {
    targetFormat: "woff2",
    variationAxes: { wght: WEIGHT_RANGE },
    keepFeatures: LAYOUT_FEATURES,
  });
}
