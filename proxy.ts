import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseAvailable } from "@/lib/db/availability";

// Two jobs, both conveniences; authorization is checked by the pages and lib/data on every request.
// 1. While PostgreSQL is unreachable, pages answer 503 + Retry-After instead of Next's 500 error page.
// 2. A visitor without any session cookie who opens a private page goes straight to the sign-in page.
const SESSION_COOKIE_PREFIXES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PRIVATE_PREFIXES = ["/account", "/teams", "/admin", "/invite"];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIE_PREFIXES.some((prefix) => name === prefix || name.startsWith(`${prefix}.`)));
}

function isPrivate(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

const UNAVAILABLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>TokenCost is briefly unavailable</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>TokenCost is briefly unavailable</h1><p>Our database is not answering right now. The page will work again in a few seconds: please reload.</p></body></html>`;

export async function proxy(request: NextRequest) {
  if (!(await isDatabaseAvailable())) {
    return new NextResponse(UNAVAILABLE_HTML, {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" },
    });
  }
  const { pathname, search } = request.nextUrl;
  if (!isPrivate(pathname) || (request.method !== "GET" && request.method !== "HEAD") || hasSessionCookie(request)) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Pages only: API routes answer 503 themselves (lib/http/handler.ts); static files need no database.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|ico|jpg|webp|woff2?|css|js|map|txt)$).*)"],
};
