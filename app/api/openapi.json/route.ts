import { NextResponse } from "next/server";

import { buildOpenApiDocument } from "@/lib/openapi/build-openapi";

export function GET() {
  return NextResponse.json(buildOpenApiDocument());
}
