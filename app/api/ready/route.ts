import { getOptionalCaller } from "@/lib/auth/api-auth";
import { hasSiteRole } from "@/lib/auth/roles";
import { checkReadiness } from "@/lib/data/health/check-readiness";
import { withErrors } from "@/lib/http/handler";
import { json } from "@/lib/http/json";
import { logger } from "@/lib/log/logger";
import { readyResponseSchema } from "@/lib/validation/responses";

export const dynamic = "force-dynamic";

// Readiness (for a load balancer): 200 only when the database answers and no migration is pending;
// /api/health is liveness. 503 + Retry-After otherwise, so the instance is taken out of rotation.
// Anyone sees only ready / not ready; the details (migrations, latency, error) go to admins (token or
// session) and to the log, since they tell an outsider which version runs and what is broken.
export const GET = withErrors(async (request) => {
  const readiness = await checkReadiness();
  if (!readiness.ready) logger.warn("not ready", { database: readiness.database, pending: readiness.pendingMigrations, error: readiness.error ?? null });
  const caller = await getOptionalCaller(request).catch(() => null);
  const details =
    caller && hasSiteRole(caller.user, "admin")
      ? {
          database: { status: readiness.database, latencyMs: readiness.latencyMs },
          migrations: { applied: readiness.appliedMigrations, pending: readiness.pendingMigrations, checked: readiness.migrationsChecked },
          ...(readiness.error ? { error: readiness.error } : {}),
        }
      : {};
  return json(
    readyResponseSchema,
    { status: readiness.ready ? "ready" : "not_ready", ...details },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store", ...(readiness.ready ? {} : { "Retry-After": "5" }) } },
  );
});
