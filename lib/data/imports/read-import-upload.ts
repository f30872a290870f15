import "server-only";

import { ValidationError, type FieldError } from "@/lib/errors";
import { describeMegabytes, readLimitedBody } from "@/lib/http/read-limited-body";
import { MAX_IMPORT_BODY_BYTES, MAX_IMPORT_FILE_BYTES, MAX_SYSTEM_FILE_BYTES, parseImportFields, type ImportOptions } from "@/lib/validation/import";

export type ImportUpload = { bytes: Uint8Array; fileName: string; options: ImportOptions; systemBytes?: Uint8Array };

const tooLarge = (bytes: number) =>
  `The upload is ${bytes > MAX_IMPORT_BODY_BYTES ? "over " : ""}${describeMegabytes(bytes)}; files may be at most ${describeMegabytes(MAX_IMPORT_FILE_BYTES)}. Split the file and import the parts.`;

// multipart/form-data → the file's bytes and the validated options. Every malformed upload is a
// 4xx with field paths: oversize (413), not multipart (415), broken framing (400), bad fields (422).
export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType.trim())) {
    throw new ValidationError([{ path: "(body)", message: 'Send the file as multipart/form-data with a "file" field' }], 415);
  }
  const body = await readLimitedBody(request, MAX_IMPORT_BODY_BYTES, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ValidationError([{ path: "(body)", message: "The multipart body is malformed: it could not be read as a form" }], 400);
  }

  const fields = new Map<string, string[]>();
  const files: File[] = [];
  const systemFiles: File[] = [];
  const errors: FieldError[] = [];
  for (const [key, value] of form.entries()) {
    if (key === "systemFile") {
      if (typeof value === "string") errors.push({ path: "systemFile", message: "systemFile must be an uploaded file (the MLPerf system description JSON)" });
      else systemFiles.push(value);
      continue;
    }
    if (key === "file") {
      if (typeof value === "string") errors.push({ path: "file", message: "file must be an uploaded file, not a text field" });
      else files.push(value);
      continue;
    }
    if (typeof value !== "string") {
      errors.push({ path: key, message: `${key} must be a text field, not a file` });
      continue;
    }
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  if (files.length === 0 && !errors.some((e) => e.path === "file")) errors.push({ path: "file", message: "file is required: attach the results file" });
  if (files.length > 1) errors.push({ path: "file", message: `Send one file per import, not ${files.length}` });
  if (systemFiles.length > 1) errors.push({ path: "systemFile", message: `Send one system description, not ${systemFiles.length}` });
  if (systemFiles[0] && systemFiles[0].size > MAX_SYSTEM_FILE_BYTES)
    errors.push({
      path: "systemFile",
      message: `The system description is ${describeMegabytes(systemFiles[0].size)}; at most ${describeMegabytes(MAX_SYSTEM_FILE_BYTES)}`,
    });
  const options = parseImportFields(fields);
  if (!options.success) errors.push(...options.errors);
  if (errors.length > 0 || !options.success) throw new ValidationError(errors, 422);

  const file = files[0];
  if (file.size > MAX_IMPORT_FILE_BYTES) throw new ValidationError([{ path: "file", message: tooLarge(file.size) }], 413);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const systemBytes = systemFiles[0] ? new Uint8Array(await systemFiles[0].arrayBuffer()) : undefined;
  return { bytes, fileName: file.name, options: options.data, systemBytes };
}
