import type { NextRequest } from "next/server";

import { handlers } from "@/lib/auth";
import { guardAuthPost } from "@/lib/auth/auth-route-guard";

export const GET = handlers.GET;

export async function POST(request: NextRequest): Promise<Response> {
  return (await guardAuthPost(request)) ?? handlers.POST(request);
}
