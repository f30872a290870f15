import { authenticateRequest } from "@/lib/auth/api-auth";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { reviewSubmission } from "@/lib/data/submissions/review-submission";
import { withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { readJsonBodyLimited } from "@/lib/http/read-limited-body";
import { reviewResponseSchema } from "@/lib/validation/responses";

export const POST = withErrors(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const caller = await authenticateRequest(request, { scope: "submissions:review", allowSession: true });
  const body = await readJsonBodyLimited(request, 64 * 1024);
  const outcome = await reviewSubmission({ user: caller.user, id, body, ip: clientIpFromHeaders(request.headers), via: caller.via });
  return json(reviewResponseSchema, { submission: outcome });
});
