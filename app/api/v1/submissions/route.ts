import { authenticateRequest } from "@/lib/auth/api-auth";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { createSubmissions } from "@/lib/data/submissions/create-submissions";
import { withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { readJsonBodyLimited } from "@/lib/http/read-limited-body";
import { submissionCreatedResponseSchema } from "@/lib/validation/responses";
import { parseSubmissionBody } from "@/lib/validation/submission-batch";

// 1,000 submissions with long notes stay well under this.
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export const POST = withErrors(async (request) => {
  const caller = await authenticateRequest(request, { scope: "submissions:write", allowSession: true });
  const body = await readJsonBodyLimited(request, MAX_BODY_BYTES);
  const { submissions, isBatch } = parseSubmissionBody(body);
  const created = await createSubmissions({
    user: caller.user,
    inputs: submissions,
    pathPrefix: isBatch ? (index) => ["submissions", index] : () => [],
    ip: clientIpFromHeaders(request.headers),
  });
  if (!isBatch) {
    return json(
      submissionCreatedResponseSchema,
      { id: created.ids[0], ids: created.ids, status: created.statuses[0], findings: created.findings[0] },
      { status: 201 },
    );
  }
  const distinct = new Set(created.statuses);
  return json(
    submissionCreatedResponseSchema,
    {
      ids: created.ids,
      status: distinct.size === 1 ? created.statuses[0] : "mixed",
      statuses: created.statuses,
      findings: created.findings,
    },
    { status: 201 },
  );
});
