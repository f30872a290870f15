import { checkReadiness } from "@/lib/data/health/check-readiness";
import { withErrors } from "@/lib/http/handler";
import { readyResponseSchema } from "@/lib/validation/responses";
import { json } from "@/lib/http/json";

export const dynamic = "force-dynamic";

// Readiness (for a load balancer): 200 only when the database answers and no migration is pending;
// /api/health is liveness. 503 + Retry-After otherwise, so the instance is taken out of rotation.
export const GET = withErrors(async () => {
  const readiness = await checkReadiness();
  const body = {
    status: readiness.ready ? ("ready" as const) : ("not_ready" as const),
    database: { status: readiness.database, latencyMs: readiness.latencyMs },
    migrations: {
      applied: readiness.appliedMigrations,
      pending: readiness.pendingMigrations,
      checked: readiness.migrationsChecked,
    },
    ...(readiness.error ? { error: readiness.error } : {}),
  };
  return json(readyResponseSchema, body, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(readiness.ready ? {} : { "Retry-After": "5" }) },
  });
});
