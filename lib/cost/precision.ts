// Numeric precisions a result can be served at, with the figures the rooflines need.

export type Precision = "FP16" | "BF16" | "FP8" | "FP6" | "FP4" | "INT8" | "INT4";

/** Bytes one weight occupies at a precision (scales and zero-points of block formats ignored). */
export const BYTES_PER_PARAM: Record<Precision, number> = {
  FP16: 2,
  BF16: 2,
  FP8: 1,
  INT8: 1,
  FP6: 0.75,
  FP4: 0.5,
  INT4: 0.5,
};

export type DenseTflops = {
  denseBf16Tflops?: number | null;
  denseFp8Tflops?: number | null;
  denseFp4Tflops?: number | null;
};

/**
 * Peak dense TFLOPS usable at a precision, as an upper bound: narrower formats fall back to the next
 * wider rate the part has (INT4 weight-only kernels compute in FP8/BF16; FP6 runs at the FP4 rate on
 * some parts, so FP4 is the generous bound). Null when the part lists none of them.
 */
export function denseTflopsAt(precision: Precision, specs: DenseTflops): { tflops: number; basis: string } | null {
  const bf16 = specs.denseBf16Tflops ?? null;
  const fp8 = specs.denseFp8Tflops ?? null;
  const fp4 = specs.denseFp4Tflops ?? null;
  const order: [number | null, string][] =
    precision === "FP4" || precision === "INT4" || precision === "FP6"
      ? [
          [fp4, "FP4"],
          [fp8, "FP8"],
          [bf16, "BF16"],
        ]
      : precision === "FP8" || precision === "INT8"
        ? [
            [fp8, "FP8"],
            [bf16, "BF16"],
          ]
        : [[bf16, "BF16"]];
  const found = order.find(([tflops]) => tflops != null && tflops > 0);
  return found ? { tflops: found[0]!, basis: found[1] } : null;
}
