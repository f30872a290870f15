import { getOptionalCaller } from "@/lib/auth/api-auth";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { submissionViewerOf } from "@/lib/data/submissions/viewer-of-caller";
import { withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { submissionResponseSchema } from "@/lib/validation/responses";

export const GET = withErrors(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const viewer = submissionViewerOf(await getOptionalCaller(request));
  return json(submissionResponseSchema, { submission: await getSubmission({ user: viewer, id }) });
});
