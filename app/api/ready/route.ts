import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/data/health/check-readiness";
import { withErrors } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

// Readiness (for a load balancer): 200 only when the database answers and no migration is pending;
// /api/health is liveness. 503 + Retry-After otherwise, so the instance is taken out of rotation.
export const GET = withErrors(async () => {
  const readiness = await checkReadiness();
  const body = {
    status: readiness.ready ? "ready" : "not_ready",
    database: { status: readiness.database, latencyMs: readiness.latencyMs },
    migrations: {
      applied: readiness.appliedMigrations,
      pending: readiness.pendingMigrations,
      checked: readiness.migrationsChecked,
    },
    ...(readiness.error ? { error: readiness.error } : {}),
  };
  return NextResponse.json(body, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(readiness.ready ? {} : { "Retry-After": "5" }) },
  });
});
