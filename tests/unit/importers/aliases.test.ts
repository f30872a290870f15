import { describe, expect, it } from "vitest";

import { resolveCatalogSlug } from "@/lib/importers/aliases";

const models = [
  { slug: "llama-3.1-8b", name: "Llama 3.1 8B", aliases: ["meta-llama/Llama-3.1-8B-Instruct"] },
  { slug: "llama-3.1-70b", name: "Llama 3.1 70B", aliases: [] },
  { slug: "deepseek-r1", name: "DeepSeek-R1", aliases: ["deepseek-ai/DeepSeek-R1"] },
];

describe("resolveCatalogSlug", () => {
  it("matches slug, name or alias ignoring case and punctuation, and the last path segment", () => {
    expect(resolveCatalogSlug("meta-llama/Llama-3.1-8B-Instruct", models)).toBe("llama-3.1-8b");
    expect(resolveCatalogSlug("/mnt/models/Llama-3.1-8B-Instruct", models)).toBe("llama-3.1-8b");
    expect(resolveCatalogSlug("LLAMA_3.1_70B", models)).toBe("llama-3.1-70b");
    expect(resolveCatalogSlug("DeepSeek R1", models)).toBe("deepseek-r1");
  });

  it("falls back to ignoring tuning and quantization suffixes", () => {
    expect(resolveCatalogSlug("meta-llama/Llama-3.1-70B-Instruct", models)).toBe("llama-3.1-70b");
    expect(resolveCatalogSlug("nvidia/DeepSeek-R1-FP4", models)).toBe("deepseek-r1");
  });

  it("returns undefined for unknown, empty or ambiguous names", () => {
    expect(resolveCatalogSlug("Qwen/Qwen3-32B", models)).toBeUndefined();
    expect(resolveCatalogSlug("", models)).toBeUndefined();
    expect(resolveCatalogSlug(undefined, models)).toBeUndefined();
    expect(
      resolveCatalogSlug("h100", [
        { slug: "h100-sxm", aliases: ["H100"] },
        { slug: "h100-pcie", aliases: ["h100"] },
      ]),
    ).toBeUndefined();
  });
});
