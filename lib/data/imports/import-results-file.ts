import "server-only";

import { createHash } from "node:crypto";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { loadCatalogRefs, unknownSlugErrors, type CatalogRefs } from "@/lib/data/submissions/catalog-refs";
import { createSubmissions } from "@/lib/data/submissions/create-submissions";
import { loadOfferingPriceBook, previewCostFromBook } from "@/lib/data/submissions/preview-cost";
import type { SubmissionProvenance } from "@/lib/data/submissions/to-create-data";
import { db, Prisma } from "@/lib/db";
import { ConflictError, ValidationError, type FieldError } from "@/lib/errors";
import { detectFormat, type ImportFormat } from "@/lib/importers/detect";
import { parseJsonDocuments } from "@/lib/importers/json-documents";
import { parseResultsFile } from "@/lib/importers/parse-file";
import type { SubmissionDraft } from "@/lib/importers/types";
import { evaluateSubmission } from "@/lib/pure/evaluate-submission";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { MAX_IMPORT_FILE_BYTES, type ImportOptions } from "@/lib/validation/import";
import { REQUIRED_SUBMISSION_FIELDS, submissionInputSchema, type SubmissionInput } from "@/lib/validation/submission";

import { loadImportCatalog } from "./import-catalog";
import { groupMissingRows, sortSkipped, type ImportReport, type ImportRowPreview } from "./import-report";

export type ImportFileInput = { bytes: Uint8Array; fileName: string; options: ImportOptions; ip?: string | null; systemBytes?: Uint8Array };
export type ImportOutcome = { report: ImportReport; nothingToCreate: boolean };

// The report lists at most this many rows; counts and the skipped list always cover every row.
export const MAX_PREVIEW_ROWS = 2000;
const IMPORT_TRANSACTION_TIMEOUT_MS = 120_000;
const MAX_ROWS_PER_IMPORT = 100_000;

const IMPORTER_BY_FORMAT: Record<ImportFormat, string> = {
  vllm: "vllm-bench-serve",
  "vllm-nightly": "vllm-nightly",
  guidellm: "guidellm-csv",
  llmperf: "llmperf-summary",
  "genai-perf": "genai-perf",
  mlperf: "mlperf-summary",
  "mlperf-log": "mlperf-log-summary",
  csv: "tokencost-csv",
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function decodeText(bytes: Uint8Array, path = "file"): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError([{ path, message: "The file is not UTF-8 text: upload the JSON, JSON Lines, CSV or text file itself" }], 422);
  }
  if (text.includes("\u0000")) throw new ValidationError([{ path, message: "The file is binary, not JSON, CSV or text" }], 422);
  return text;
}

function metaNumber(meta: SubmissionDraft["meta"], key: string): number | null {
  const value = meta[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function metaText(meta: SubmissionDraft["meta"], key: string): string | null {
  const value = meta[key];
  return typeof value === "string" && value !== "" ? value : null;
}

// A truncated or hand-edited JSON file has no recognisable keys either; "choose the format" would send
// the user looking for a format when the fix is the file itself.
function unrecognisedFileError(text: string): FieldError {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  const jsonError = start.startsWith("{") || start.startsWith("[") ? parseJsonDocuments(text).error : undefined;
  if (jsonError) return { path: "file", message: `${jsonError}. Upload the file your benchmark tool wrote, complete and unedited.` };
  return {
    path: "format",
    message:
      "Could not recognise the file by its keys: it is none of vLLM/SGLang bench serve, vLLM nightly table, guidellm, LLMPerf, genai-perf/AIPerf, MLPerf summary or log summary, or the TokenCost CSV template. Choose the format explicitly.",
  };
}

type Classified = { preview: ImportRowPreview; submission?: SubmissionInput; provenance?: SubmissionProvenance };

// Imports one results file for the user. A dry run parses, checks and prices every row and writes
// nothing; a real import writes the file record and every usable row in one transaction.
export async function importResultsFile({ user, ...input }: { user: UserRef } & ImportFileInput): Promise<ImportOutcome> {
  assertUser(user);
  const { bytes, options } = input;
  const fileName = input.fileName.slice(0, 255) || "upload";
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) {
    throw new ValidationError(
      [{ path: "file", message: `The file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(MAX_IMPORT_FILE_BYTES)}. Split it into smaller files.` }],
      413,
    );
  }
  if (bytes.byteLength === 0) throw new ValidationError([{ path: "file", message: "The file is empty" }], 422);

  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // Only the user's own earlier upload of this very file counts: someone else's upload (which may
  // have been rejected) blocks nobody and is never described to another user.
  const previous = await db.importedFile.findFirst({ where: { sha256, importedById: user.id }, select: { createdAt: true, rowCount: true, fileName: true } });
  if (previous) {
    throw new ConflictError(
      `You already imported this file on ${previous.createdAt.toISOString().slice(0, 10)}${previous.fileName ? ` as "${previous.fileName}"` : ""} (${previous.rowCount} rows, SHA-256 ${sha256.slice(0, 12)}…): the same file cannot be imported twice`,
    );
  }

  const text = decodeText(bytes);
  const format = options.format === "auto" ? detectFormat(fileName, text) : options.format;
  if (!format) throw new ValidationError([unrecognisedFileError(text)], 422);

  const defaults = options.defaults;
  const [catalog, defaultRefs] = await Promise.all([
    loadImportCatalog(),
    loadCatalogRefs(defaults.model ? [defaults.model] : [], defaults.accelerator ? [defaults.accelerator] : []),
  ]);
  const defaultErrors = unknownSlugErrors([defaults], defaultRefs, (_, field) => `defaults.${field}`);
  if (defaultErrors.length > 0) throw new ValidationError(defaultErrors, 422);

  const systemDescription = input.systemBytes ? decodeText(input.systemBytes, "systemFile") : undefined;
  const parsedFile = parseResultsFile(format, text, { ...catalog, defaults, overrides: options.overrides, fileName, systemDescription });
  if (parsedFile.error) throw new ValidationError([{ path: "file", message: parsedFile.error }], 422);
  const rowsRead = parsedFile.drafts.length + parsedFile.skipped.length;
  if (parsedFile.drafts.length > MAX_ROWS_PER_IMPORT) {
    throw new ValidationError(
      [{ path: "file", message: `The file holds ${parsedFile.drafts.length} results; at most ${MAX_ROWS_PER_IMPORT} per import` }],
      422,
    );
  }

  // The parsers applied the precedence rule (file, then form, explicit overrides); each row is
  // now held to the full submission schema.
  const merged = parsedFile.drafts.map((draft) => ({ draft, candidate: { ...draft.input } as Record<string, unknown> }));
  const refs: CatalogRefs = await loadCatalogRefs(
    merged.map((m) => m.candidate.model).filter((v): v is string => typeof v === "string"),
    merged.map((m) => m.candidate.accelerator).filter((v): v is string => typeof v === "string"),
  );
  const externalIds = merged.map((m) => metaText(m.draft.meta, "externalId")).filter((v): v is string => v !== null);
  // External ids come from the file, so anyone can write any id: only an approved row, or the
  // user's own pending one, makes a row "already imported". Rejected rows and other people's
  // pending uploads claim nothing (a crafted copy of an official file cannot block the real one).
  const existing = new Map(
    externalIds.length === 0
      ? []
      : (
          await db.benchmarkSubmission.findMany({
            where: { externalId: { in: externalIds }, OR: [{ status: "approved" }, { status: "pending", submitterId: user.id }] },
            select: { id: true, externalId: true, status: true, submitterId: true },
          })
        ).map((r) => [r.externalId!, r]),
  );
  const book = await loadOfferingPriceBook([...refs.accelerators.values()].map((a) => a.id));

  const skipped = [...parsedFile.skipped];
  const classified: Classified[] = merged.map(({ draft, candidate }) => {
    const base: ImportRowPreview = {
      row: draft.row,
      label: draft.label,
      status: "ready",
      missing: [],
      errors: [],
      submission: candidate,
      outputTokensPerSecondPerAccelerator: null,
      findings: [],
      costPreview: null,
      meta: draft.meta,
      keys: draft.keys,
      warnings: draft.warnings,
    };
    const missing = REQUIRED_SUBMISSION_FIELDS.filter((field) => candidate[field] === undefined);
    if (missing.length > 0) {
      skipped.push({
        row: draft.row,
        reason: `Row ${draft.row} lacks ${missing.join(", ")}: give ${missing.length > 1 ? "them" : "it"} in the mapping step (defaults)`,
      });
      return { preview: { ...base, status: "needs-mapping", missing } };
    }
    const parsed = submissionInputSchema.safeParse(candidate);
    const errors: FieldError[] = parsed.success ? unknownSlugErrors([parsed.data], refs, (_, field) => field) : toFieldErrors(parsed.error);
    if (!parsed.success || errors.length > 0) {
      skipped.push({ row: draft.row, reason: `Row ${draft.row}: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}` });
      return { preview: { ...base, status: "invalid", errors } };
    }
    const submission = parsed.data;
    const model = refs.models.get(submission.model)!;
    const accelerator = refs.accelerators.get(submission.accelerator)!;
    const evaluation = evaluateSubmission(submission, model, accelerator);
    const costPreview = previewCostFromBook({ ...submission, acceleratorId: accelerator.id }, book);
    const decodeAndPrefill = (submission.prefillAcceleratorCount ?? 0) + (submission.decodeAcceleratorCount ?? 0);
    const paid = decodeAndPrefill > 0 ? decodeAndPrefill : submission.acceleratorCount;
    const externalId = metaText(draft.meta, "externalId");
    const preview: ImportRowPreview = {
      ...base,
      submission,
      status: evaluation.status === "flagged" ? "flagged" : "ready",
      findings: evaluation.findings,
      costPreview,
      outputTokensPerSecondPerAccelerator: submission.outputTokensPerSecond / paid,
    };
    const known = externalId ? existing.get(externalId) : undefined;
    if (externalId && known) {
      const where = known.status === "approved" ? `as approved submission ${known.id}` : `as your pending submission ${known.id}`;
      skipped.push({ row: draft.row, reason: `Row ${draft.row} is already in TokenCost ${where} (${externalId})` });
      return { preview: { ...preview, status: "already-imported" } };
    }
    return {
      preview,
      submission,
      provenance: {
        importer: metaText(draft.meta, "format") ?? IMPORTER_BY_FORMAT[format],
        sourceFileHash: sha256,
        externalId,
        ttftLimitMsP99: metaNumber(draft.meta, "ttftLimitMsP99"),
        tpotLimitMsP99: metaNumber(draft.meta, "tpotLimitMsP99"),
      },
    };
  });

  const creatable = classified.filter((c): c is Required<Classified> => c.submission !== undefined);
  const report: ImportReport = {
    format,
    fileName,
    fileSha256: sha256,
    fileBytes: bytes.byteLength,
    dryRun: options.dryRun,
    parsed: rowsRead,
    created: 0,
    ready: creatable.filter((c) => c.preview.status === "ready").length,
    flagged: creatable.filter((c) => c.preview.status === "flagged").length,
    ids: [],
    skipped: sortSkipped(skipped),
    rows: classified.slice(0, MAX_PREVIEW_ROWS).map((c) => c.preview),
    rowsTruncated: classified.length > MAX_PREVIEW_ROWS,
    missingFields: [...new Set(classified.flatMap((c) => c.preview.missing))],
    missingRows: groupMissingRows(
      classified.map((c) => c.preview),
      rowsRead,
    ),
    warnings: format === "mlperf" && !catalog.latencyLimitsFound ? ["mlperf.conf was not found: Server and Interactive latency bounds are unknown"] : [],
  };
  if (options.dryRun) return { report, nothingToCreate: creatable.length === 0 };
  if (creatable.length === 0) return { report, nothingToCreate: true };

  let ids: string[];
  try {
    ids = await db.$transaction(
      async (tx) => {
        await tx.importedFile.create({
          data: { sha256, format, fileName, rowCount: creatable.length, importedById: user.id },
          select: { id: true },
        });
        const created = await createSubmissions({
          user,
          inputs: creatable.map((c) => c.submission),
          tx,
          provenance: (index) => creatable[index].provenance,
          audit: { action: "submission.import", metadata: { format, fileName, sha256, parsed: rowsRead, skipped: report.skipped.length } },
          ip: input.ip,
        });
        return created.ids;
      },
      { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    // Two uploads of the same file racing: the unique hash lets exactly one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError("You imported this file at the same moment in another request: the same file cannot be imported twice");
    }
    throw error;
  }
  return { report: { ...report, created: ids.length, ids }, nothingToCreate: false };
}
