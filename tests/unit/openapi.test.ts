import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { IMPORT_FORMAT_NAMES } from "@/lib/importers/formats";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi";
import { IMPORT_DEFAULT_KEYS } from "@/lib/validation/import";

const root = path.resolve(import.meta.dirname, "..", "..");

// Every public API route handler (app/api/v1/**/route.ts, /api/health, /api/ready) and method.
function apiRoutes(): { path: string; method: string }[] {
  const found: { path: string; method: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry === "route.ts") {
        const route =
          "/" +
          path
            .relative(path.join(root, "app"), path.dirname(full))
            .split(path.sep)
            .map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))
            .join("/");
        const text = readFileSync(full, "utf8");
        for (const m of text.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) {
          found.push({ path: route, method: m[1].toLowerCase() });
        }
      }
    }
  };
  walk(path.join(root, "app", "api", "v1"));
  for (const extra of ["health", "ready"]) walk(path.join(root, "app", "api", extra));
  return found;
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("describes every public API route and method", () => {
    const missing = apiRoutes().filter((r) => !(doc.paths[r.path] as Record<string, unknown> | undefined)?.[r.method]);
    expect(missing).toEqual([]);
  });

  it("generates query parameters from the zod schemas", () => {
    const leaderboard = doc.paths["/api/v1/leaderboard"].get as { parameters: { name: string; schema: { enum?: string[] } }[] };
    const names = leaderboard.parameters.map((p) => p.name);
    for (const name of [
      "model",
      "modelType",
      "precision",
      "deployment",
      "pricingBasis",
      "vendor",
      "interactivity",
      "ttftMs",
      "tokenBasis",
      "utilization",
      "electricityUsdPerKwh",
      "pue",
      "amortizationYears",
      "annualOpexRate",
      "asOf",
      "format",
    ]) {
      expect(names).toContain(name);
    }
    expect(leaderboard.parameters.find((p) => p.name === "deployment")!.schema.enum).toEqual(["all", "cloud", "onprem", "estimate"]);
  });

  it("gives every success response a JSON schema (204 No Content aside)", () => {
    const missing: string[] = [];
    let documented = 0;
    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods as Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>)) {
        for (const [code, response] of Object.entries(op.responses)) {
          if (!code.startsWith("2") || code === "204") continue;
          if (response.content?.["application/json"]?.schema) documented++;
          else missing.push(`${method.toUpperCase()} ${route} ${code}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(documented).toBeGreaterThanOrEqual(apiRoutes().length - 1);
  });

  it("says how to upload to POST /api/v1/imports: a multipart form with a required binary file, and 415 otherwise", () => {
    type Prop = { type?: string; format?: string; enum?: string[]; default?: unknown; description?: string };
    const op = doc.paths["/api/v1/imports"].post as {
      requestBody?: { required: boolean; content: Record<string, { schema: { properties: Record<string, Prop>; required?: string[] } }> };
      responses: Record<string, { description: string }>;
    };
    expect(op.requestBody?.required).toBe(true);
    expect(Object.keys(op.requestBody!.content)).toEqual(["multipart/form-data"]);
    const schema = op.requestBody!.content["multipart/form-data"].schema;
    expect(schema.required).toEqual(["file"]);
    expect(schema.properties.file).toMatchObject({ type: "string", format: "binary" });
    expect(schema.properties.systemFile).toMatchObject({ type: "string", format: "binary" });
    // Exactly the values parseImportFields accepts.
    expect(schema.properties.format).toMatchObject({ type: "string", enum: ["auto", ...IMPORT_FORMAT_NAMES], default: "auto" });
    expect(schema.properties.dryRun.enum).toContain("true");
    // Every other part the route reads is documented, and nothing else.
    expect(Object.keys(schema.properties).sort()).toEqual(["file", "systemFile", "format", "dryRun", "defaults", "overrides", ...IMPORT_DEFAULT_KEYS].sort());
    expect(schema.properties.precision.enum).toContain("BF16");
    expect(op.responses["415"].description).toMatch(/multipart\/form-data/);
  });

  it("keeps JSON request bodies as they were", () => {
    const op = doc.paths["/api/v1/submissions"].post as { requestBody: { content: Record<string, unknown> } };
    expect(Object.keys(op.requestBody.content)).toEqual(["application/json"]);
  });
});
