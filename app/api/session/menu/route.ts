import { NextResponse } from "next/server";

import { getSessionMenu } from "@/lib/data/account/get-session-menu";
import { withErrors } from "@/lib/http/handler";

// The header's user menu, fetched by the browser so pages themselves stay the same for everyone and
// can be cached. Per-user: never stored by any cache.
export const dynamic = "force-dynamic";

export const GET = withErrors(async (request) => {
  return NextResponse.json(await getSessionMenu({ cookieHeader: request.headers.get("cookie") }), {
    headers: { "Cache-Control": "private, no-store", Vary: "Cookie" },
  });
});
