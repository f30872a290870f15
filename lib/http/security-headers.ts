import { configuredPublicOrigin } from "../auth/host-trust";
import { NON_PAGE_CSP } from "./csp";

// Headers that do not depend on the request, applied to every response by next.config.ts. The
// page CSP (with its per-request nonce) and HSTS are decided at run time in proxy.ts.
export function securityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}

/** For paths the proxy does not see (API routes, files): a policy that lets nothing run. */
export function nonPageSecurityHeaders(): { key: string; value: string }[] {
  return [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }];
}

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/**
 * HSTS when this response is served over https: the configured public URL is https, or the request
 * itself arrived as https. Decided per request from the running configuration, not at build time.
 */
export function shouldSendHsts(requestUrl: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (configuredPublicOrigin(env)?.startsWith("https://")) return true;
  try {
    return new URL(requestUrl).protocol === "https:";
  } catch {
    return false;
  }
}
