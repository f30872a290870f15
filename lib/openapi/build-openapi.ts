import { z } from "zod";
import { acceleratorListQuerySchema, modelListQuerySchema, offeringListQuerySchema, vendorListQuerySchema } from "@/lib/validation/catalog";
import { leaderboardQuerySchema } from "@/lib/validation/leaderboard-query";
import { planQuerySchema } from "@/lib/validation/plan";
import { API_OPERATIONS_EXTRA } from "./extra-operations";

export type Operation = {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  tags: string[];
  query?: z.ZodType;
  body?: z.ZodType;
  security?: string[];
  responses: Record<string, string>;
};

const VALIDATION = { "400": "Invalid parameters: {errors:[{path,message}]}" };

export const API_OPERATIONS: Operation[] = [
  { method: "get", path: "/api/health", summary: "Liveness and database status", tags: ["ops"], responses: { "200": "Up", "503": "Database down (Retry-After)" } },
  { method: "get", path: "/api/ready", summary: "Readiness: database reachable and every migration applied", tags: ["ops"], responses: { "200": "Ready", "503": "Not ready (Retry-After)" } },
  {
    method: "get",
    path: "/api/v1/me",
    summary: "The caller: user, how it authenticated (token or session) and its scopes",
    tags: ["auth"],
    security: [],
    responses: { "200": "{user, via, scopes}", "401": "No valid token or session" },
  },
  { method: "get", path: "/api/v1/vendors", summary: "List vendors", tags: ["catalog"], query: vendorListQuerySchema, responses: { "200": "{vendors:[...]}", ...VALIDATION } },
  { method: "get", path: "/api/v1/accelerators", summary: "List accelerators with specs", tags: ["catalog"], query: acceleratorListQuerySchema, responses: { "200": "{accelerators:[...]}", ...VALIDATION } },
  { method: "get", path: "/api/v1/models", summary: "List models with model types", tags: ["catalog"], query: modelListQuerySchema, responses: { "200": "{models:[...]}", ...VALIDATION } },
  { method: "get", path: "/api/v1/offerings", summary: "List offerings with the current (or asOf) price", tags: ["catalog"], query: offeringListQuerySchema, responses: { "200": "{offerings:[...]}", ...VALIDATION } },
  {
    method: "get",
    path: "/api/v1/leaderboard",
    summary: "Offerings × models ranked by cost per million tokens",
    tags: ["leaderboard"],
    query: leaderboardQuerySchema,
    responses: { "200": "{assumptions, scenario, overrides, totalRows, rows:[...]} or CSV with format=csv", ...VALIDATION, "404": "Scenario not found or not readable" },
  },
  {
    method: "get",
    path: "/api/v1/plan",
    summary: "Capacity planner: per offering, the fleet that serves a demand (or fits a power cap), its monthly cost and megawatts",
    tags: ["leaderboard"],
    query: planQuerySchema,
    responses: {
      "200": "{mode, assumptions, scenario, overrides, inputs, plans:[{offering, accelerator, tokensPerSecondPerAccelerator, usdPerAcceleratorHour, acceleratorsNeeded, units, monthlyCostUsd, usdPerMillionTokens, megawatts, tokensPerDayPerMegawatt, fitsPowerCap, fitsBudget, outputTokensPerDay (power mode), ...}], unplannable} or CSV with format=csv",
      ...VALIDATION,
      "404": "Scenario not found or not readable",
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

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      tags: op.tags,
      ...(op.query ? { parameters: queryParameters(op.query) } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: z.toJSONSchema(op.body, { io: "input", unrepresentable: "any" }) } } } }
        : {}),
      ...(op.security ? { security: [{ bearerAuth: op.security }] } : {}),
      responses: Object.fromEntries(Object.entries(op.responses).map(([code, description]) => [code, { description }])),
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
