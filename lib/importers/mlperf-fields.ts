import type { Precision } from "@/lib/validation/submission";

// Reading the cells of an MLPerf summary row (JSON values or CSV strings) and naming its precision
// and serving engine.

export type MlperfRow = Record<string, unknown>;

const PRECISION_BY_WEIGHT_TYPE: Record<string, Precision> = {
  fp4: "FP4",
  nvfp4: "FP4",
  mxfp4: "FP4",
  fp6: "FP6",
  mxfp6: "FP6",
  fp8: "FP8",
  bf16: "BF16",
  fp16: "FP16",
  int8: "INT8",
  uint8: "INT8",
  int4: "INT4",
  uint4: "INT4",
};

// Software's first component names the serving stack. NVIDIA's LLM results run TensorRT-LLM but the
// column gives the TensorRT version, so that version is not reported as the engine's.
const ENGINE_BY_NAME: Record<string, { engine: string; keepVersion: boolean }> = {
  tensorrt: { engine: "TensorRT-LLM", keepVersion: false },
  "tensorrt-llm": { engine: "TensorRT-LLM", keepVersion: true },
  vllm: { engine: "vLLM", keepVersion: true },
  sglang: { engine: "SGLang", keepVersion: true },
  pytorch: { engine: "PyTorch", keepVersion: true },
  mango: { engine: "Mango LLMBoost", keepVersion: false },
};

export function text(row: MlperfRow, key: string): string {
  const value = row[key];
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

export function numberOf(row: MlperfRow, key: string): number | undefined {
  const value = row[key];
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

export function truthy(row: MlperfRow, key: string): boolean {
  const value = row[key];
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return typeof value === "string" && /^(true|1|yes)$/i.test(value.trim());
}

export function precisionOf(weightTypes: string): Precision | undefined {
  for (const part of weightTypes.toLowerCase().split(/[\s,;/+]+/)) {
    const precision = PRECISION_BY_WEIGHT_TYPE[part];
    if (precision) return precision;
  }
  return undefined;
}

export function engineOf(software: string): { engine: string; engineVersion?: string } | undefined {
  const first = software.split(",")[0]?.trim() ?? "";
  const [rawName, rawVersion] = first.split(/\s+/);
  if (!rawName) return undefined;
  const name = rawName.replace(/:$/, "");
  const known = ENGINE_BY_NAME[name.toLowerCase()];
  const version = rawVersion && /^v?\d/.test(rawVersion) ? rawVersion.replace(/^v(?=\d)/, "") : undefined;
  if (known) return { engine: known.engine, engineVersion: known.keepVersion ? version : undefined };
  return { engine: name, engineVersion: version };
}
