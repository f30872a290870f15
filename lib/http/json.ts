import { NextResponse } from "next/server";
import type { z } from "zod";

/**
 * A JSON response whose body has the type of its documented response schema (lib/validation/responses),
 * so the handler and /api/openapi.json cannot drift apart. Checked at compile time; the body is not
 * re-validated at run time (tests/integration/openapi-responses.test.ts does that against the document).
 */
export function json<S extends z.ZodType>(schema: S, body: z.output<S>, init?: ResponseInit): NextResponse {
  void schema;
  return NextResponse.json(body, init);
}
