import { z } from "zod";

import { acceleratorListQuerySchema, modelListQuerySchema, offeringListQuerySchema, vendorListQuerySchema } from "@/lib/validation/catalog";
import { leaderboardQuerySchema } from "@/lib/validation/leaderboard-query";
import { planQuerySchema } from "@/lib/validation/plan";
import {
  acceleratorListResponseSchema,
  healthResponseSchema,
  leaderboardResponseSchema,
  meResponseSchema,
  modelListResponseSchema,
  offeringListResponseSchema,
  planResponseSchema,
  readyResponseSchema,
  resultsResponseSchema,
  vendorListResponseSchema,
} from "@/lib/validation/responses";
import { resultsQuerySchema } from "@/lib/validation/results-query";

import { API_OPERATIONS_EXTRA } from "./extra-operations";

export type Operation = {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  tags: string[];
  query?: z.ZodType;
  body?: z.ZodType;
  /** A multipart/form-data body (a file upload) instead of JSON: one property per form part. */
  multipartBody?: z.ZodType;
  security?: string[];
  /** The success body's schema (lib/validation/responses): documented under every 2xx except 204. */
  response?: z.ZodType;
  /** Other media types of the success response, e.g. CSV. */
  alternatives?: Record<string, object>;
  responses: Record<string, string>;
};

const VALIDATION = { "400": "Invalid parameters: {errors:[{path,message}]}" };

export const API_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database status",
    tags: ["ops"],
    response: healthResponseSchema,
    responses: { "200": "Up", "503": "Database down (Retry-After)" },
  },
  {
    method: "get",
    path: "/api/ready",
    summary: "Readiness: database reachable and every migration applied ({status}; details for admins)",
    tags: ["ops"],
    response: readyResponseSchema,
    responses: { "200": "Ready", "503": "Not ready (Retry-After)" },
  },
  {
    method: "get",
    path: "/api/v1/me",
    summary: "The caller: user, how it authenticated (token or session) and its scopes",
    tags: ["auth"],
    security: [],
    response: meResponseSchema,
    responses: { "200": "{user, via, scopes}", "401": "No valid token or session" },
  },
  {
    method: "get",
    path: "/api/v1/vendors",
    summary: "List vendors",
    tags: ["catalog"],
    query: vendorListQuerySchema,
    response: vendorListResponseSchema,
    responses: { "200": "{vendors:[...]}", ...VALIDATION },
  },
  {
    method: "get",
    path: "/api/v1/accelerators",
    summary: "List accelerators with specs",
    tags: ["catalog"],
    query: acceleratorListQuerySchema,
    response: acceleratorListResponseSchema,
    responses: {
      "200":
        "{accelerators:[...]} each with offeringCount, approvedResultCount and rankedOfferingCount (offerings with a row on the default leaderboard, deployment=all)",
      ...VALIDATION,
    },
  },
  {
    method: "get",
    path: "/api/v1/models",
    summary: "List models with model types",
    tags: ["catalog"],
    query: modelListQuerySchema,
    response: modelListResponseSchema,
    responses: {
      "200": "{models:[...]} each with approvedResultCount and rankedOfferingCount (offerings ranked for the model on the default leaderboard)",
      ...VALIDATION,
    },
  },
  {
    method: "get",
    path: "/api/v1/offerings",
    summary: "List offerings with the current (or asOf) price",
    tags: ["catalog"],
    query: offeringListQuerySchema,
    response: offeringListResponseSchema,
    responses: { "200": "{total, page, pageSize, pageCount, offerings:[...]}: one page (a page past the last gives the last)", ...VALIDATION },
  },
  {
    method: "get",
    path: "/api/v1/leaderboard",
    summary: "Offerings × models ranked by cost per million tokens",
    tags: ["leaderboard"],
    query: leaderboardQuerySchema,
    response: leaderboardResponseSchema,
    alternatives: { "text/csv": { schema: { type: "string" } } },
    responses: {
      "200": "{assumptions, scenario, overrides, totalRows, rows:[...]} or CSV with format=csv",
      ...VALIDATION,
      "404": "Scenario not found or not readable",
    },
  },
  {
    method: "get",
    path: "/api/v1/plan",
    summary: "Capacity planner: per offering, the fleet that serves a demand (or fits a power cap), its monthly cost and megawatts",
    tags: ["leaderboard"],
    query: planQuerySchema,
    response: planResponseSchema,
    alternatives: { "text/csv": { schema: { type: "string" } } },
    responses: {
      "200":
        "{mode, assumptions, scenario, overrides, inputs, plans:[{offering, accelerator, tokensPerSecondPerAccelerator, usdPerAcceleratorHour, acceleratorsNeeded, units, monthlyCostUsd, usdPerMillionTokens, megawatts, tokensPerDayPerMegawatt, fitsPowerCap, fitsBudget, outputTokensPerDay (power mode), ...}], unplannable} or CSV with format=csv",
      ...VALIDATION,
      "404": "Scenario not found or not readable",
    },
  },
  {
    method: "get",
    path: "/api/v1/results",
    summary: "Approved benchmark results, paginated (page, pageSize up to 500), filtered by accelerator, model, evidence and source; CSV with format=csv",
    tags: ["results"],
    query: resultsQuerySchema,
    response: resultsResponseSchema,
    alternatives: { "text/csv": { schema: { type: "string" } } },
    responses: {
      "200":
        "{total, page, pageSize, pageCount, results:[{id, accelerator, model, acceleratorCount, precision, engine, inputTokens, outputTokens, concurrency, batchSize, " +
        "outputTokensPerSecond, outputTokensPerSecondPerAccelerator, ttftMsP50, tpotMsP50, evidence, source, sourceUrl, ...}]} or CSV (same columns) with format=csv",
      ...VALIDATION,
    },
  },
  ...API_OPERATIONS_EXTRA,
];

function queryParameters(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: prop,
  }));
}

/** JSON Schema of what goes over the wire (dates as strings: the codecs' input side). */
export function responseJsonSchema(schema: z.ZodType): object {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}

function responseObject(op: Operation, code: string, description: string) {
  if (!code.startsWith("2") || code === "204" || !op.response) return { description };
  return { description, content: { "application/json": { schema: responseJsonSchema(op.response) }, ...op.alternatives } };
}

function requestBody(op: Operation) {
  const [mediaType, schema] = op.body ? ["application/json", op.body] : op.multipartBody ? ["multipart/form-data", op.multipartBody] : [];
  if (!mediaType || !schema) return {};
  return { requestBody: { required: true, content: { [mediaType]: { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } } } };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      tags: op.tags,
      ...(op.query ? { parameters: queryParameters(op.query) } : {}),
      ...requestBody(op),
      ...(op.security ? { security: [{ bearerAuth: op.security }] } : {}),
      responses: Object.fromEntries(Object.entries(op.responses).map(([code, description]) => [code, responseObject(op, code, description)])),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "TokenCost API",
      version: "1.0.0",
      description: "Cost per million tokens of AI inference offerings, from measured benchmark results. Errors: {errors:[{path,message}]} for bad input.",
    },
    servers: [{ url: "/" }],
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "Personal API token (tc_...), with scopes" } } },
    paths,
  };
}
