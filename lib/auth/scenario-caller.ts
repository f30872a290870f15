import "server-only";

import type { UserRef } from "@/lib/auth/types";
import { ForbiddenError } from "@/lib/errors";

import { getOptionalCaller } from "./api-auth";

// Reading a scenario through the API: a session, or a bearer token holding scenarios:read.
export async function getScenarioCaller(request: Request): Promise<UserRef | null> {
  const caller = await getOptionalCaller(request);
  if (!caller) return null;
  if (caller.via === "token" && !caller.scopes.includes("scenarios:read")) {
    throw new ForbiddenError("This token lacks the scenarios:read scope");
  }
  return caller.user;
}
