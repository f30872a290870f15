import { NextResponse } from "next/server";
import type { z } from "zod";

import { isDatabaseUnavailable, markDatabaseUnavailable } from "@/lib/db/availability";
import { AppError, RateLimitError, ValidationError } from "@/lib/errors";
import { logger, type Logger } from "@/lib/log/logger";
import { searchParamsToObject, toFieldErrors } from "@/lib/validation/field-errors";

import { readJsonBodyLimited } from "./read-limited-body";
import { REQUEST_ID_HEADER, resolveRequestId } from "./request-id";

// The one place where domain errors become HTTP: {errors:[{path,message}]} for input problems,
// {error:{code,message}} for the rest; never a stack trace, never a 500 for bad input.
export function errorResponse(error: unknown, log: Logger = logger): NextResponse {
  if (error instanceof ValidationError) {
    return NextResponse.json({ errors: error.errors }, { status: error.status });
  }
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error instanceof RateLimitError) headers["Retry-After"] = String(error.retryAfterSeconds);
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status, headers });
  }
  if (isDatabaseUnavailable(error)) {
    markDatabaseUnavailable();
    return NextResponse.json(
      { error: { code: "unavailable", message: "The database is unavailable, try again shortly" } },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  log.error("unhandled", { error });
  return NextResponse.json({ error: { code: "internal", message: "Internal error" } }, { status: 500 });
}

export function parseQuery<T extends z.ZodType>(schema: T, url: string | URL): z.infer<T> {
  const params = new URL(url).searchParams;
  const result = schema.safeParse(searchParamsToObject(params));
  if (!result.success) throw new ValidationError(toFieldErrors(result.error), 400);
  return result.data;
}

/** JSON bodies of ordinary requests (scenarios, reviews); bulk endpoints pass their own limit. */
export const DEFAULT_JSON_BODY_LIMIT_BYTES = 256 * 1024;

// Every JSON body is read through the size-limited reader and no further: 413 when too large, 415 when
// not JSON, 400 when unparsable, so no endpoint buffers an unbounded upload.
export function readJsonBody(request: Request, maxBytes = DEFAULT_JSON_BODY_LIMIT_BYTES): Promise<unknown> {
  return readJsonBodyLimited(request, maxBytes);
}

export async function parseJsonBody<T extends z.ZodType>(
  schema: T,
  request: Request,
  status = 422,
  maxBytes = DEFAULT_JSON_BODY_LIMIT_BYTES,
): Promise<z.infer<T>> {
  const body = await readJsonBody(request, maxBytes);
  const result = schema.safeParse(body);
  if (!result.success) throw new ValidationError(toFieldErrors(result.error), status);
  return result.data;
}

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response;

// Also the API's access log: one JSON line per request (method, path, status, duration, requestId), and
// the request id echoed in the x-request-id response header.
export function withErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const started = performance.now();
    const requestId = resolveRequestId(request.headers);
    const log = logger.child({ requestId });
    let response: Response;
    try {
      response = await handler(request, context);
    } catch (error) {
      response = errorResponse(error, log);
    }
    try {
      response.headers.set(REQUEST_ID_HEADER, requestId);
    } catch {
      // Immutable headers (a proxied fetch Response): the log line still has the id.
    }
    const status = response.status;
    log[status >= 500 ? "warn" : "info"]("request", {
      method: request.method,
      path: new URL(request.url).pathname,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    return response;
  };
}
