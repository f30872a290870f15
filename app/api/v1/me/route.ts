import { authenticateRequest } from "@/lib/auth/api-auth";
import { getDisplayProfile } from "@/lib/data/users/get-display-profile";
import { withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { meResponseSchema } from "@/lib/validation/responses";

// Who am I: lets a program check its token (any valid token, no scope needed) and see its scopes.
export const GET = withErrors(async (request) => {
  const caller = await authenticateRequest(request, { allowSession: true });
  const profile = await getDisplayProfile({ user: caller.user });
  return json(
    meResponseSchema,
    {
      user: { id: caller.user.id, email: profile.email, name: profile.name, role: caller.user.role, activeTeamId: profile.activeTeamId },
      via: caller.via,
      scopes: caller.scopes,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
