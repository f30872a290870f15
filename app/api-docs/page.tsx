import type { Metadata } from "next";

import { buildOpenApiDocument } from "@/lib/openapi/build-openapi";

export const metadata: Metadata = { title: "API" };

type Param = { name: string; required: boolean; schema: { type?: string; enum?: string[]; description?: string; default?: unknown } };
type Op = {
  summary: string;
  tags: string[];
  parameters?: Param[];
  security?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { description: string }>;
};

export default function ApiDocsPage() {
  const doc = buildOpenApiDocument();
  return (
    <div className="space-y-6">
      <div>
        <h1>TokenCost API</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {doc.info.description} Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI {doc.openapi}, generated from the same zod schemas
          that validate requests).
        </p>
      </div>
      {Object.entries(doc.paths).map(([path, methods]) =>
        Object.entries(methods as Record<string, Op>).map(([method, op]) => (
          <section key={`${method} ${path}`} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="api-operation">
            <h2 className="font-mono text-base wrap-anywhere">
              <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs uppercase dark:bg-slate-800">{method}</span>
              {path}
            </h2>
            <p className="mt-1">{op.summary}</p>
            {op.security ? <p className="mt-1 text-sm">Requires a bearer token.</p> : null}
            {op.parameters?.length ? (
              <div className="mt-2 overflow-x-auto">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Query parameter</th>
                      <th scope="col">Type</th>
                      <th scope="col">Required</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr key={p.name}>
                        <td className="font-mono">{p.name}</td>
                        <td>{p.schema.enum ? p.schema.enum.join(" | ") : (p.schema.type ?? "string")}</td>
                        <td>{p.required ? "yes" : "no"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {op.requestBody ? (
              <p className="mt-2 text-sm" data-testid="request-body">
                {"multipart/form-data" in op.requestBody.content ? "Form body (multipart/form-data)" : "JSON body"}: see the schema in /api/openapi.json.
              </p>
            ) : null}
            <ul className="mt-2 text-sm wrap-anywhere">
              {Object.entries(op.responses).map(([code, r]) => (
                <li key={code}>
                  <code>{code}</code> {r.description}
                </li>
              ))}
            </ul>
          </section>
        )),
      )}
    </div>
  );
}
