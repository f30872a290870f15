import { checkDatabase } from "@/lib/data/health/check-database";
import { json } from "@/lib/http/json";
import { healthResponseSchema } from "@/lib/validation/responses";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return json(
    healthResponseSchema,
    {
      status: database.ok ? "ok" : "degraded",
      database: { status: database.ok ? "up" : "down", latencyMs: database.latencyMs, migrationsApplied: database.migrations },
    },
    { status: database.ok ? 200 : 503, headers: database.ok ? {} : { "Retry-After": "5" } },
  );
}
