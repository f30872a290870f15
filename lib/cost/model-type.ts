// Model types: the "per model type" grouping of leaderboards, derived from architecture × parameter class.
//
// Dense models are classed by parameters (all active): the classes follow the sizes models ship in
// (7–14B, 24–34B, 70–123B, 405B). MoE models are classed by total parameters first, because total
// weights decide how many accelerators a replica needs, then by active parameters, which decide the
// compute and bandwidth per token:
//   moe-large  : total ≥ 400B             (DeepSeek-V3/R1 671B/37B, Llama 4 Maverick 400B/17B, Kimi K2)
//   moe-small  : total < 150B and active < 10B  (gpt-oss-120b 117B/5.1B, Qwen3-30B-A3B)
//   moe-medium : the rest                 (Mixtral 8x7B 47B/13B, Llama 4 Scout 109B/17B, Qwen3-235B-A22B)
import { requirePositive } from "./guard";

export type ModelArchitecture = "dense" | "moe";

export type ModelTypeSlug = "dense-small" | "dense-medium" | "dense-70b" | "dense-large" | "moe-small" | "moe-medium" | "moe-large";

export type ModelType = { slug: ModelTypeSlug; label: string; description: string; architecture: ModelArchitecture };

export const DENSE_MEDIUM_MIN_PARAMS_B = 15;
export const DENSE_70B_MIN_PARAMS_B = 50;
export const DENSE_LARGE_MIN_PARAMS_B = 150;
export const MOE_SMALL_MAX_TOTAL_PARAMS_B = 150;
export const MOE_SMALL_MAX_ACTIVE_PARAMS_B = 10;
export const MOE_LARGE_MIN_TOTAL_PARAMS_B = 400;

export const MODEL_TYPES: readonly ModelType[] = [
  { slug: "dense-small", architecture: "dense", label: "Dense <15B", description: "Dense models under 15B parameters (e.g. Llama 3.1 8B)." },
  {
    slug: "dense-medium",
    architecture: "dense",
    label: "Dense 15–50B",
    description: "Dense models from 15B to under 50B parameters (e.g. Gemma 3 27B, Qwen 32B).",
  },
  {
    slug: "dense-70b",
    architecture: "dense",
    label: "Dense 70B class",
    description: "Dense models from 50B to under 150B parameters (e.g. Llama 2/3 70B, Mistral Large 123B).",
  },
  { slug: "dense-large", architecture: "dense", label: "Dense 150B+", description: "Dense models of 150B parameters or more (e.g. Llama 3.1 405B)." },
  {
    slug: "moe-small",
    architecture: "moe",
    label: "MoE small",
    description: "Mixture-of-experts under 150B total and under 10B active parameters (e.g. gpt-oss-120b).",
  },
  {
    slug: "moe-medium",
    architecture: "moe",
    label: "MoE medium",
    description: "Mixture-of-experts under 400B total parameters not in MoE small (e.g. Mixtral 8x7B, Qwen3-235B-A22B).",
  },
  {
    slug: "moe-large",
    architecture: "moe",
    label: "MoE large",
    description: "Mixture-of-experts with 400B total parameters or more (e.g. DeepSeek-R1 671B, Llama 4 Maverick).",
  },
];

export function modelTypeBySlug(slug: string): ModelType | undefined {
  return MODEL_TYPES.find((t) => t.slug === slug);
}

function classify(architecture: ModelArchitecture, activeParamsB: number, totalParamsB: number): ModelTypeSlug {
  if (architecture === "dense") {
    // A dense model uses every parameter per token; total is the safer figure if the two were entered apart.
    const params = Math.max(activeParamsB, totalParamsB);
    if (params >= DENSE_LARGE_MIN_PARAMS_B) return "dense-large";
    if (params >= DENSE_70B_MIN_PARAMS_B) return "dense-70b";
    if (params >= DENSE_MEDIUM_MIN_PARAMS_B) return "dense-medium";
    return "dense-small";
  }
  if (totalParamsB >= MOE_LARGE_MIN_TOTAL_PARAMS_B) return "moe-large";
  if (totalParamsB < MOE_SMALL_MAX_TOTAL_PARAMS_B && activeParamsB < MOE_SMALL_MAX_ACTIVE_PARAMS_B) return "moe-small";
  return "moe-medium";
}

export function deriveModelType(input: { architecture: ModelArchitecture; activeParamsB: number; totalParamsB: number }): ModelType {
  requirePositive("activeParamsB", input.activeParamsB);
  requirePositive("totalParamsB", input.totalParamsB);
  if (input.activeParamsB > input.totalParamsB) {
    throw new RangeError(`activeParamsB (${input.activeParamsB}) cannot exceed totalParamsB (${input.totalParamsB})`);
  }
  const slug = classify(input.architecture, input.activeParamsB, input.totalParamsB);
  return MODEL_TYPES.find((t) => t.slug === slug)!;
}
