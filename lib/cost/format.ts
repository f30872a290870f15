// Numbers inside human sentences (findings, reasons): whole numbers from 100 up (so datasheet figures
// such as 1,979 TFLOPS read as published), three significant digits below, thousands separated.
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toLocaleString("en-US", { maximumFractionDigits: 0 });
  return value.toLocaleString("en-US", { maximumSignificantDigits: 3 });
}
