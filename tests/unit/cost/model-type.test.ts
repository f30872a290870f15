import { describe, expect, it } from "vitest";

import { deriveModelType, MODEL_TYPES, modelTypeBySlug } from "@/lib/cost";

const slugOf = (architecture: "dense" | "moe", activeParamsB: number, totalParamsB: number) =>
  deriveModelType({ architecture, activeParamsB, totalParamsB }).slug;

describe("deriveModelType", () => {
  it("classes dense models by parameters", () => {
    expect(slugOf("dense", 8, 8)).toBe("dense-small"); // Llama 3.1 8B
    expect(slugOf("dense", 14.9, 14.9)).toBe("dense-small");
    expect(slugOf("dense", 15, 15)).toBe("dense-medium"); // boundary: 15B is medium
    expect(slugOf("dense", 32, 32)).toBe("dense-medium"); // Qwen 32B
    expect(slugOf("dense", 50, 50)).toBe("dense-70b"); // boundary
    expect(slugOf("dense", 70, 70)).toBe("dense-70b"); // Llama 2 70B
    expect(slugOf("dense", 123, 123)).toBe("dense-70b"); // Mistral Large 2
    expect(slugOf("dense", 150, 150)).toBe("dense-large"); // boundary
    expect(slugOf("dense", 405, 405)).toBe("dense-large"); // Llama 3.1 405B
  });

  it("labels the 70B class as the design names it", () => {
    expect(deriveModelType({ architecture: "dense", activeParamsB: 70, totalParamsB: 70 }).label).toBe("Dense 70B class");
  });

  it("classes MoE models by total, then active parameters", () => {
    expect(slugOf("moe", 37, 671)).toBe("moe-large"); // DeepSeek-R1
    expect(slugOf("moe", 17, 400)).toBe("moe-large"); // Llama 4 Maverick: 400B total is the boundary
    expect(slugOf("moe", 22, 235)).toBe("moe-medium"); // Qwen3-235B-A22B
    expect(slugOf("moe", 12.9, 46.7)).toBe("moe-medium"); // Mixtral 8x7B: 12.9B active ≥ 10B
    expect(slugOf("moe", 17, 109)).toBe("moe-medium"); // Llama 4 Scout
    expect(slugOf("moe", 5.1, 117)).toBe("moe-small"); // gpt-oss-120b
    expect(slugOf("moe", 3.3, 30.5)).toBe("moe-small"); // Qwen3-30B-A3B
    expect(slugOf("moe", 10, 100)).toBe("moe-medium"); // boundary: 10B active is medium
    expect(slugOf("moe", 5, 150)).toBe("moe-medium"); // boundary: 150B total is medium
  });

  it("rejects impossible parameter counts", () => {
    expect(() => deriveModelType({ architecture: "moe", activeParamsB: 40, totalParamsB: 30 })).toThrow(/cannot exceed/);
    expect(() => deriveModelType({ architecture: "dense", activeParamsB: 0, totalParamsB: 0 })).toThrow(/activeParamsB/);
  });
});

describe("MODEL_TYPES", () => {
  it("lists seven uniquely named types, each with a label and description", () => {
    expect(MODEL_TYPES.map((t) => t.slug)).toEqual(["dense-small", "dense-medium", "dense-70b", "dense-large", "moe-small", "moe-medium", "moe-large"]);
    expect(new Set(MODEL_TYPES.map((t) => t.label)).size).toBe(7);
    for (const type of MODEL_TYPES) expect(type.description.length).toBeGreaterThan(20);
  });

  it("finds a type by slug", () => {
    expect(modelTypeBySlug("moe-large")?.label).toBe("MoE large");
    expect(modelTypeBySlug("nope")).toBeUndefined();
  });
});
