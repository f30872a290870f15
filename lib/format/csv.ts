import Papa from "papaparse";

/**
 * Every CSV the app writes goes through here. Cells starting with =, +, -, @, tab or CR are
 * prefixed with ' (papaparse's escapeFormulae), so a spreadsheet opening an export never runs a
 * formula someone typed into a free-text field. Numbers are written as numbers (a negative
 * number stays -1, not '-1).
 */
export function toCsv(fields: readonly string[], data: readonly (readonly unknown[])[], options: { newline?: string } = {}): string {
  return Papa.unparse({ fields: [...fields], data: data.map((row) => [...row]) }, { escapeFormulae: true, ...options });
}
