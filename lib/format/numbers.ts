// Intl formatters are costly to create (toLocaleString with options builds one per call, ~0.1 ms):
// keep one per option set. Leaderboard tables format hundreds of numbers per render.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", options);
    formatters.set(key, f);
  }
  return f;
}

export function formatUsd(value: number | null | undefined, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return "—";
  if (value !== 0 && Math.abs(value) < 0.01) return `$${value.toPrecision(2)}`;
  return `$${formatter(`usd${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)}`;
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return "—";
  if (Math.abs(value) >= 100_000) return formatter("compact", { maximumFractionDigits: 1, notation: "compact" }).format(value);
  return formatter(`n${digits}`, { maximumFractionDigits: digits }).format(value);
}
