import { authenticateRequest } from "@/lib/auth/api-auth";
import { withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { meResponseSchema } from "@/lib/validation/responses";

// Who am I: lets a program check its token (any valid token, no scope needed) and see its scopes.
export const GET = withErrors(async (request) => {
  const caller = await authenticateRequest(request, { allowSession: true });
  return json(
    meResponseSchema,
    {
      user: { id: caller.user.id, email: caller.user.email, name: caller.user.name, role: caller.user.role, activeTeamId: caller.user.activeTeamId },
      via: caller.via,
      scopes: caller.scopes,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
