import "server-only";

import { errorResponse } from "@/lib/http/handler";

import { clientIpFromHeaders } from "./client-ip";
import { getSignInLimiter, type SignInLimiter } from "./rate-limit";
import { assertSameOrigin } from "./same-origin";

/**
 * Runs before Auth.js handles a POST under /api/auth. Auth.js has its own CSRF token; on top of it a
 * foreign Origin / Sec-Fetch-Site is refused (403), and a credentials sign-in from an account or IP
 * that used up its failed attempts gets 429 with Retry-After before any password is checked.
 * Returns the refusal, or null to let Auth.js proceed.
 */
export async function guardAuthPost(request: Request, limiter: SignInLimiter = getSignInLimiter()): Promise<Response | null> {
  try {
    assertSameOrigin(request, { allowMissingOrigin: true });
    if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
      const email = await readEmail(request);
      await limiter.assertAllowed({ ip: clientIpFromHeaders(request.headers), email });
    }
    return null;
  } catch (error) {
    return errorResponse(error);
  }
}

async function readEmail(request: Request): Promise<string> {
  try {
    const type = request.headers.get("content-type") ?? "";
    const clone = request.clone();
    if (type.includes("application/json")) {
      const body = (await clone.json()) as { email?: unknown };
      return typeof body.email === "string" ? body.email : "";
    }
    const form = await clone.formData();
    const email = form.get("email");
    return typeof email === "string" ? email : "";
  } catch {
    return "";
  }
}
