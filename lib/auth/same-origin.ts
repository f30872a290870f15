import { proxyTrustFromEnv } from "@/lib/auth/client-ip";
import { ForbiddenError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface SameOriginOptions {
  /**
   * Accept a request without Origin and without Sec-Fetch-Site. Only for endpoints with their own
   * CSRF token (Auth.js), where non-browser clients legitimately omit both headers.
   */
  allowMissingOrigin?: boolean;
}

function firstForwarded(request: Request, name: string): string | undefined {
  return request.headers.get(name)?.split(",")[0]?.trim() || undefined;
}

/**
 * Origins this deployment answers on: its configured public URL and the Host it was reached by.
 * X-Forwarded-Host and -Proto count only behind proxies named by TRUSTED_PROXIES: without one, any
 * client could send them and widen the origins we accept.
 */
export function expectedOrigins(request: Request, env: NodeJS.ProcessEnv = process.env): Set<string> {
  const origins = new Set<string>();
  for (const configured of [env.AUTH_URL, env.PUBLIC_URL]) {
    if (!configured) continue;
    try {
      origins.add(new URL(configured).origin);
    } catch {
      // A malformed setting must not widen what we accept.
    }
  }
  const url = new URL(request.url);
  origins.add(url.origin);
  const behindProxy = proxyTrustFromEnv(env.TRUSTED_PROXIES).kind !== "none";
  const host = (behindProxy && firstForwarded(request, "x-forwarded-host")) || request.headers.get("host");
  if (host) {
    const proto = (behindProxy && firstForwarded(request, "x-forwarded-proto")) || url.protocol.replace(":", "");
    origins.add(`${proto}://${host}`);
  }
  return origins;
}

/**
 * Cross-site request forgery guard for state-changing route handlers authenticated by the session
 * cookie (bearer tokens are not ambient, so they need no such check). Browsers always send Origin
 * on POST/PUT/PATCH/DELETE, and Sec-Fetch-Site tells us where the request came from.
 */
export function assertSameOrigin(request: Request, options: SameOriginOptions = {}): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") {
    throw new ForbiddenError("Cross-site request refused");
  }
  const origin = request.headers.get("origin");
  if (origin) {
    if (origin === "null" || !expectedOrigins(request).has(origin)) {
      throw new ForbiddenError("Cross-site request refused");
    }
    return;
  }
  if (fetchSite === "same-origin") return;
  if (options.allowMissingOrigin && !fetchSite) return;
  throw new ForbiddenError("Cross-site request refused: the request has no Origin header");
}

export function isSameOriginRequest(request: Request, options?: SameOriginOptions): boolean {
  try {
    assertSameOrigin(request, options);
    return true;
  } catch {
    return false;
  }
}
