import "server-only";

import { getSubmissionQuota } from "@/lib/auth/rate-limit";
import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import type { PlausibilityFinding } from "@/lib/cost/plausibility";
import { recordAudit, type AuditAction } from "@/lib/data/audit/record-audit";
import { db, type Prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { evaluateSubmission } from "@/lib/pure/evaluate-submission";
import { MAX_BATCH_SUBMISSIONS, type SubmissionInput } from "@/lib/validation/submission";

import { loadCatalogRefs, unknownSlugErrors } from "./catalog-refs";
import { insertSubmissionRows } from "./insert-submission-rows";
import { toCreateData, type SubmissionProvenance } from "./to-create-data";

export type CreatedSubmissions = {
  ids: string[];
  statuses: ("pending" | "flagged")[];
  findings: PlausibilityFinding[][];
};

export type CreateSubmissionsOptions = {
  // Where each item's fields live in the request, for error paths: [] for a single object,
  // ["submissions", i] for a batch.
  pathPrefix?: (index: number) => (string | number)[];
  provenance?: (index: number) => SubmissionProvenance;
  // Runs inside the calling code's transaction (imports also write the ImportedFile row).
  tx?: Prisma.TransactionClient;
  audit?: { action: AuditAction; metadata?: Record<string, string | number | boolean | null> };
  ip?: string | null;
};

const TRANSACTION_TIMEOUT_MS = 60_000;

// All or nothing: every item is checked (values by zod before this call, catalog slugs and physics
// here) and either every row is written, in one transaction, or none is.
export async function createSubmissions({
  user,
  inputs,
  ...options
}: { user: UserRef; inputs: readonly SubmissionInput[] } & CreateSubmissionsOptions): Promise<CreatedSubmissions> {
  assertUser(user);
  if (inputs.length === 0) return { ids: [], statuses: [], findings: [] };
  if (inputs.length > MAX_BATCH_SUBMISSIONS && !options.tx) {
    throw new ValidationError([{ path: "submissions", message: `At most ${MAX_BATCH_SUBMISSIONS} submissions per request` }], 422);
  }
  const prefix = options.pathPrefix ?? (() => []);
  const refs = await loadCatalogRefs(
    inputs.map((i) => i.model),
    inputs.map((i) => i.accelerator),
    options.tx ?? db,
  );
  const errors = unknownSlugErrors(inputs, refs, (index, field) => [...prefix(index), field].join("."));
  if (errors.length > 0) throw new ValidationError(errors, 422);

  const statuses: ("pending" | "flagged")[] = [];
  const findings: PlausibilityFinding[][] = [];
  const data = inputs.map((input, index) => {
    const model = refs.models.get(input.model)!;
    const accelerator = refs.accelerators.get(input.accelerator)!;
    const outcome = evaluateSubmission(input, model, accelerator);
    statuses.push(outcome.status);
    findings.push(outcome.findings);
    return toCreateData(input, { modelId: model.id, acceleratorId: accelerator.id, submitterId: user.id }, outcome, options.provenance?.(index));
  });

  const write = async (tx: Prisma.TransactionClient) => {
    const ids = await insertSubmissionRows(tx, data);
    await recordAudit(
      {
        actorId: user.id,
        action: options.audit?.action ?? "submission.create",
        targetType: "benchmark_submission",
        targetId: ids.length === 1 ? ids[0] : undefined,
        ip: options.ip,
        metadata: { count: ids.length, flagged: statuses.filter((s) => s === "flagged").length, ...options.audit?.metadata },
      },
      tx,
    );
    return ids;
  };
  // The per-user hourly quota (429 + Retry-After once used up); given back if nothing is written.
  const quota = getSubmissionQuota();
  await quota.take(user.id, data.length);
  try {
    const ids = options.tx ? await write(options.tx) : await db.$transaction(write, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 });
    return { ids, statuses, findings };
  } catch (error) {
    await quota.refund(user.id, data.length).catch(() => {});
    throw error;
  }
}
