import "server-only";

import { authenticateRequest } from "@/lib/auth/api-auth";
import type { ApiScope, UserRef } from "@/lib/auth/types";

/** Scenario API callers: a bearer token with the scope, or the browser session (same-origin writes only). */
export async function scenarioApiCaller(request: Request, scope: Extract<ApiScope, "scenarios:read" | "scenarios:write">): Promise<UserRef> {
  const { user } = await authenticateRequest(request, { scope, allowSession: true });
  return user;
}
