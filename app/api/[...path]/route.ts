import { NotFoundError } from "@/lib/errors";
import { withErrors } from "@/lib/http/handler";

// Any path under /api that no route serves: the API's JSON error, not the site's HTML 404 page. Every
// route Next knows is more specific than this catch-all, so it only ever answers what nothing else would.
const noSuchEndpoint = withErrors(async () => {
  throw new NotFoundError("No API endpoint at this path: see /api-docs");
});

export const GET = noSuchEndpoint;
export const POST = noSuchEndpoint;
export const PUT = noSuchEndpoint;
export const PATCH = noSuchEndpoint;
export const DELETE = noSuchEndpoint;
