import { z } from "zod";

import { offeringKindSchema } from "@/lib/validation/catalog";

// Response bodies of the JSON API. Handlers serialize through `json(schema, body)` (lib/http/json.ts),
// which ties the body's type to the schema at compile time, and lib/openapi turns the same schemas into
// the response section of /api/openapi.json; tests/integration/openapi-responses.test.ts validates
// real responses against it. Rows are loose objects: the listed fields are guaranteed, more may follow.

// Handlers hold Dates; JSON carries ISO strings. The codec types the handler side as Date and documents
// the wire side as a date-time string (the API document is generated with io: "input").
const isoDate = z.codec(z.iso.datetime({ offset: true }), z.date(), { decode: (s) => new Date(s), encode: (d) => d.toISOString() });
const nullableNumber = z.number().nullable();
const ref = z.looseObject({ slug: z.string(), name: z.string() });

export const healthResponseSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ status: z.enum(["up", "down"]), latencyMs: nullableNumber, migrationsApplied: z.number().int().optional() }),
});

export const readyResponseSchema = z.object({
  status: z.enum(["ready", "not_ready"]),
  // Details only for admins (token or session); anyone else sees the status alone.
  database: z.object({ status: z.string(), latencyMs: nullableNumber }).optional(),
  migrations: z.object({ applied: z.number().int().nullable(), pending: z.array(z.string()).nullable(), checked: z.boolean() }).optional(),
  error: z.string().optional(),
});

export const meResponseSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    role: z.enum(["user", "moderator", "admin"]),
    activeTeamId: z.string().nullable(),
  }),
  via: z.enum(["token", "session"]),
  scopes: z.array(z.string()),
});

export const vendorListResponseSchema = z.object({
  vendors: z.array(z.looseObject({ slug: z.string(), name: z.string(), acceleratorCount: z.number().int(), offeringCount: z.number().int() })),
});

export const acceleratorListResponseSchema = z.object({
  accelerators: z.array(
    z.looseObject({
      slug: z.string(),
      name: z.string(),
      offeringCount: z.number().int(),
      approvedResultCount: z.number().int(),
      rankedOfferingCount: z.number().int(),
    }),
  ),
});

export const modelListResponseSchema = z.object({
  models: z.array(
    z.looseObject({ slug: z.string(), name: z.string(), modelType: z.string(), approvedResultCount: z.number().int(), rankedOfferingCount: z.number().int() }),
  ),
});

export const offeringListResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  offerings: z.array(z.looseObject({ slug: z.string(), name: z.string(), kind: offeringKindSchema })),
});

export const leaderboardRowSchema = z.looseObject({
  rank: z.number().int(),
  offering: ref,
  accelerator: ref,
  model: z.object({ slug: z.string(), name: z.string(), type: z.string() }),
  precision: z.string(),
  engine: z.string(),
  pricingBasis: z.string(),
  tokenBasis: z.enum(["output", "total"]),
  usdPerMillionTokens: z.number(),
  tokensPerDollar: nullableNumber,
  usdPerAcceleratorHour: z.number(),
  tokensPerSecondPerAccelerator: z.number(),
  interactivityTokensPerSecondPerUser: nullableNumber,
  tokensPerSecondPerMegawatt: nullableNumber,
  joulesPerToken: nullableNumber,
  powerSource: z.string().nullable(),
  costBreakdown: z.looseObject({}),
  utilization: z.number(),
  interpolated: z.boolean(),
  submissionIds: z.array(z.string()),
});

export const leaderboardResponseSchema = z.object({
  assumptions: z.looseObject({ tokenBasis: z.enum(["output", "total"]) }),
  scenario: z.object({ id: z.string(), name: z.string(), revision: z.number().int() }).nullable(),
  overrides: z.array(z.string()),
  totalRows: z.number().int(),
  rows: z.array(leaderboardRowSchema),
});

const person = z.looseObject({ id: z.string(), name: z.string() });
const team = z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable();

export const scenarioListItemSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  visibility: z.enum(["private", "team"]),
  team,
  owner: person,
  latestRevision: z.number().int(),
  updatedAt: isoDate,
  canEdit: z.boolean(),
  isDefault: z.boolean(),
});

export const scenarioDetailSchema = scenarioListItemSchema.extend({
  revision: z.number().int(),
  revisionCreatedAt: isoDate,
  revisionAuthor: person.nullable(),
  params: z.looseObject({}),
  createdAt: isoDate,
  canChangeSharing: z.boolean(),
});

export const scenarioListResponseSchema = z.object({ scenarios: z.array(scenarioListItemSchema) });
export const scenarioResponseSchema = z.object({ scenario: scenarioDetailSchema });
export const revisionListResponseSchema = z.object({
  revisions: z.array(
    z.looseObject({
      revision: z.number().int(),
      createdAt: isoDate,
      author: person.nullable(),
      params: z.looseObject({}),
      changes: z.array(z.looseObject({ key: z.string(), label: z.string() })),
    }),
  ),
});

const finding = z.looseObject({ code: z.string(), severity: z.string(), message: z.string() });
const submissionStatus = z.enum(["pending", "flagged", "approved", "rejected"]);

export const submissionCreatedResponseSchema = z.union([
  z.object({ id: z.string(), ids: z.array(z.string()).length(1), status: z.enum(["pending", "flagged"]), findings: z.array(finding) }),
  z.object({
    ids: z.array(z.string()),
    status: z.enum(["pending", "flagged", "mixed"]),
    statuses: z.array(z.enum(["pending", "flagged"])),
    findings: z.array(z.array(finding)),
  }),
]);

export const submissionResponseSchema = z.object({
  submission: z.looseObject({
    id: z.string(),
    status: submissionStatus,
    model: z.string(),
    accelerator: z.string(),
    findings: z.array(finding),
    viewerIsSubmitter: z.boolean(),
  }),
});

export const reviewResponseSchema = z.object({
  submission: z.looseObject({
    id: z.string(),
    status: z.enum(["approved", "rejected"]),
    reviewNote: z.string().nullable(),
    reviewedAt: z.iso.datetime({ offset: true }),
  }),
});

export const importReportResponseSchema = z.looseObject({
  format: z.string(),
  fileSha256: z.string(),
  dryRun: z.boolean(),
  parsed: z.number().int(),
  created: z.number().int(),
  skipped: z.array(z.looseObject({ reason: z.string() })),
  rows: z.array(z.looseObject({ status: z.string() })),
});

const nullableInt = z.number().int().nullable();
const nullableText = z.string().nullable();

export const resultResponseSchema = z.looseObject({
  id: z.string(),
  accelerator: z.string(),
  model: z.string(),
  acceleratorCount: z.number().int(),
  precision: z.string(),
  engine: z.string(),
  inputTokens: nullableInt,
  outputTokens: nullableInt,
  concurrency: nullableInt,
  batchSize: nullableInt,
  outputTokensPerSecond: z.number(),
  outputTokensPerSecondPerAccelerator: nullableNumber,
  ttftMsP50: nullableNumber,
  tpotMsP50: nullableNumber,
  evidence: z.enum(["audited", "vendor", "academic", "community"]),
  source: nullableText,
  sourceUrl: nullableText,
});

export const resultsResponseSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  results: z.array(resultResponseSchema),
});

export const planRowResponseSchema = z.looseObject({
  rank: z.number().int().nullable(),
  offering: ref,
  accelerator: ref,
  tokensPerSecondPerAccelerator: z.number(),
  usdPerAcceleratorHour: z.number(),
  acceleratorsNeeded: z.number().int().nullable(),
  units: z.number().int().nullable(),
  monthlyCostUsd: nullableNumber,
  usdPerMillionTokens: nullableNumber,
  megawatts: nullableNumber,
  tokensPerDayPerMegawatt: nullableNumber,
  outputTokensPerDay: nullableNumber.optional(),
  fitsPowerCap: z.boolean().nullable(),
  fitsBudget: z.boolean().nullable(),
});

export const planResponseSchema = z.object({
  mode: z.enum(["demand", "power"]),
  assumptions: z.looseObject({ asOf: z.string() }),
  scenario: z.looseObject({ id: z.string(), name: z.string(), revision: z.number().int() }).nullable(),
  overrides: z.array(z.string()),
  inputs: z.looseObject({}),
  plans: z.array(planRowResponseSchema),
  unplannable: z.array(z.object({ offering: ref, accelerator: ref, reason: z.string() })),
});
