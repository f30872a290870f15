import { z } from "zod";

import { planInputsSchema } from "./plan";
import { scenarioParamsWriteSchema } from "./scenario-params";
import { idSchema } from "./team";

export const SCENARIO_VISIBILITIES = ["private", "team"] as const;
export type ScenarioVisibilityName = (typeof SCENARIO_VISIBILITIES)[number];

export const scenarioNameSchema = z
  .string({ message: "Enter a scenario name" })
  .trim()
  .min(1, "Enter a scenario name")
  .max(120, "Scenario name must be at most 120 characters");

const visibilitySchema = z.enum(SCENARIO_VISIBILITIES, { message: "Visibility must be private or team" });
const optionalTeamId = z.union([idSchema, z.null()]).optional();

type Sharing = { visibility: ScenarioVisibilityName; teamId?: string | null };

// A team scenario names its team; a private one must not (it would look shared when it is not).
function checkSharing(value: Sharing, ctx: z.RefinementCtx): void {
  if (value.visibility === "team" && !value.teamId) {
    ctx.addIssue({ code: "custom", path: ["teamId"], message: "Choose the team to share this scenario with" });
  }
  if (value.visibility === "private" && value.teamId) {
    ctx.addIssue({ code: "custom", path: ["teamId"], message: "A private scenario has no team: set visibility to team or leave teamId out" });
  }
}

// Body of POST /api/v1/scenarios and of the scenario form.
export const scenarioBodySchema = z
  .strictObject({
    name: scenarioNameSchema,
    visibility: visibilitySchema.default("private"),
    teamId: optionalTeamId,
    params: scenarioParamsWriteSchema,
    /** Capacity-planner inputs, when the scenario is saved from /plan. */
    plan: planInputsSchema.optional(),
  })
  .superRefine(checkSharing);

export type ScenarioBody = z.output<typeof scenarioBodySchema>;

// PUT replaces name, sharing and parameters and adds a revision. expectedRevision (optional) is the
// revision the client edited: when someone saved in between, the write is refused with 409.
export const updateScenarioBodySchema = z
  .strictObject({
    name: scenarioNameSchema,
    visibility: visibilitySchema.default("private"),
    teamId: optionalTeamId,
    params: scenarioParamsWriteSchema,
    /** Left out: the new revision keeps the previous revision's plan inputs. */
    plan: planInputsSchema.optional(),
    expectedRevision: z.number("expectedRevision must be a whole number").int("expectedRevision must be a whole number").positive().optional(),
  })
  .superRefine(checkSharing);

export type UpdateScenarioBody = z.output<typeof updateScenarioBodySchema>;

export const cloneScenarioBodySchema = z
  .strictObject({
    name: scenarioNameSchema.optional(),
    revision: z.number().int().positive().optional(),
    visibility: visibilitySchema.default("private"),
    teamId: optionalTeamId,
  })
  .superRefine(checkSharing);

export type CloneScenarioBody = z.output<typeof cloneScenarioBodySchema>;

export const scenarioIdSchema = idSchema;

// ---- HTML form → body. The form uses the parameter names as field names; empty fields mean "not
// set" (the documented default applies), and numbers stay numbers-or-NaN so zod reports them.
const NUMBER_FIELDS = [
  "interactivityTarget",
  "ttftMsLimit",
  "cloudDiscount",
  "electricityUsdPerKwh",
  "pue",
  "utilization",
  "amortizationYears",
  "annualOpexRate",
  "inputTokens",
  "outputTokens",
] as const;
const BOOLEAN_FIELDS = ["allowSpeculativeDecoding", "allowDisaggregated", "allowKvCacheOffload"] as const;
const CHOICE_FIELDS = ["modelType", "tokenBasis", "deployment", "pricingBasis", "workloadClass", "servingRegime"] as const;

type FormLike = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] };

function text(form: FormLike, name: string): string | undefined {
  const value = form.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function formDataToScenarioInput(form: FormLike): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of NUMBER_FIELDS) {
    const value = text(form, key);
    if (value !== undefined) params[key] = Number(value);
  }
  for (const key of BOOLEAN_FIELDS) {
    const value = text(form, key);
    if (value !== undefined) params[key] = value === "true";
  }
  for (const key of CHOICE_FIELDS) {
    const value = text(form, key);
    if (value !== undefined) params[key] = value;
  }
  for (const [field, key] of [
    ["models", "models"],
    ["precisions", "precisions"],
    ["evidence", "evidence"],
  ] as const) {
    const values = form
      .getAll(field)
      .filter((v): v is string => typeof v === "string")
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length > 0) params[key] = values;
  }
  const visibility = text(form, "visibility") ?? "private";
  const body: Record<string, unknown> = { name: text(form, "name") ?? "", visibility, params };
  // The team picker is ignored for private scenarios, so switching back to private needs no clearing.
  const teamId = text(form, "teamId");
  if (visibility === "team") body.teamId = teamId ?? null;
  const expected = text(form, "expectedRevision");
  if (expected !== undefined) body.expectedRevision = Number(expected);
  return body;
}
