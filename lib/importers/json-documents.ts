// Reads a results file that holds one JSON value, a JSON array, or JSON Lines (one object per line,
// as `vllm bench serve --append-result` writes). Never throws: problems come back as data.

export type JsonRecord = { row: number; value: unknown };
export type JsonDocuments = { records: JsonRecord[]; lineErrors: { row: number; reason: string }[]; error?: string };

// Python's json.dump writes NaN / Infinity / -Infinity for non-finite floats (e.g. a mean over no
// requests), which JSON.parse rejects. Outside string literals they become null, i.e. "not measured".
export function replacePythonNonFinite(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      out += char;
      if (char === "\\") {
        out += text[i + 1] ?? "";
        i++;
      } else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      out += char;
      continue;
    }
    const token = text.startsWith("NaN", i) ? "NaN" : text.startsWith("-Infinity", i) ? "-Infinity" : text.startsWith("Infinity", i) ? "Infinity" : null;
    if (token) {
      out += "null";
      i += token.length - 1;
      continue;
    }
    out += char;
  }
  return out;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

export function parseJsonDocuments(rawText: string): JsonDocuments {
  const text = replacePythonNonFinite(rawText.replace(/^\uFEFF/, ""));
  if (text.trim() === "") return { records: [], lineErrors: [], error: "The file is empty" };

  const whole = tryParse(text);
  if (whole.ok) {
    if (Array.isArray(whole.value)) {
      if (whole.value.length === 0) return { records: [], lineErrors: [], error: "The file holds an empty JSON array" };
      return { records: whole.value.map((value, index) => ({ row: index + 1, value })), lineErrors: [] };
    }
    return { records: [{ row: 1, value: whole.value }], lineErrors: [] };
  }

  const lines = text.split(/\r?\n/);
  const nonEmpty = lines.filter((line) => line.trim() !== "");
  if (nonEmpty.length < 2) return { records: [], lineErrors: [], error: `The file is not valid JSON: ${whole.message}` };

  const records: JsonRecord[] = [];
  const lineErrors: { row: number; reason: string }[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed = tryParse(line);
    if (parsed.ok) records.push({ row: index + 1, value: parsed.value });
    else lineErrors.push({ row: index + 1, reason: `Line ${index + 1} is not valid JSON: ${parsed.message}` });
  });
  if (records.length === 0) return { records: [], lineErrors: [], error: `The file is not valid JSON or JSON Lines: ${whole.message}` };
  return { records, lineErrors };
}
