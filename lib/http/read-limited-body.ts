import { ValidationError } from "@/lib/errors";

// Reads a request body up to a byte limit and stops reading as soon as it is exceeded, so an
// oversize upload is refused (413) without buffering it whole. Content-Length is checked first;
// chunked bodies are counted as they arrive.
export async function readLimitedBody(request: Request, maxBytes: number, describe: (bytes: number) => string): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new ValidationError([{ path: "(body)", message: describe(declared) }], 413);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      throw new ValidationError([{ path: "(body)", message: "The request body could not be read (connection closed?)" }], 400);
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ValidationError([{ path: "(body)", message: describe(total) }], 413);
    }
    chunks.push(result.value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

export function describeMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// JSON body with a size limit: 413 when too large, 415 when not sent as JSON, 400 when not JSON.
export async function readJsonBodyLimited(request: Request, maxBytes: number): Promise<unknown> {
  const contentType = request.headers.get("content-type");
  if (contentType && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType.trim())) {
    throw new ValidationError([{ path: "(body)", message: `Send the body as JSON (Content-Type: application/json), not ${contentType.slice(0, 80)}` }], 415);
  }
  const bytes = await readLimitedBody(
    request,
    maxBytes,
    (n) => `The body is ${n > maxBytes ? "over" : ""} ${describeMegabytes(n)}; the limit is ${describeMegabytes(maxBytes)}`,
  );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError([{ path: "(body)", message: "Body must be UTF-8 encoded JSON" }], 400);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: "(body)", message: "Body must be valid JSON" }], 400);
  }
}
