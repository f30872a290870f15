import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { charactersOfUnicodeRange, SOURCE_FONT, SUBSET_FONT, subsetInter } from "@/ops/font-subset";

describe("the web font subset (ops/font-subset.ts)", () => {
  it("is what npm run font:subset makes from the installed Inter, and smaller than the latin file", async () => {
    const fresh = await subsetInter();
    const committed = readFileSync(SUBSET_FONT);
    expect(committed.equals(fresh), "app/fonts/inter-latin-400-700.woff2 is stale: run npm run font:subset").toBe(true);
    expect(committed.length).toBeLessThan(0.65 * statSync(SOURCE_FONT).size);
    // HarfBuzz in WebAssembly: ~1 s alone, several when the unit files run side by side on two cores.
  }, 60_000);

  it("reads a CSS unicode-range list into its characters", () => {
    expect(charactersOfUnicodeRange("U+0041-0043,U+00E9, U+2212")).toBe("ABCé−");
  });
});
