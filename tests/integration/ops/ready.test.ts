import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/api/ready/route";
import { createPrismaClient } from "@/lib/db/client";

import { callRoute } from "../../support/call-route";
import { createIdentities, type Identities } from "../../support/identities";

const prisma = createPrismaClient(process.env.DATABASE_URL);
const migrations = readdirSync("prisma/migrations", { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let ids: Identities;

beforeAll(async () => {
  ids = await createIdentities(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("GET /api/ready", () => {
  it("is 200 when the database answers and every migration is applied, and echoes a sane request id", async () => {
    const res = await callRoute(GET, "/api/ready", { headers: { "x-request-id": "probe-0123456789", ...ids.authHeaders("admin") } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ready", database: { status: "up" }, migrations: { applied: migrations.length, pending: [], checked: true } });
    expect(res.headers.get("x-request-id")).toBe("probe-0123456789");
    expect(res.headers.get("retry-after")).toBeNull();
    const anonymous = await callRoute(GET, "/api/ready");
    expect(anonymous.body).toEqual({ status: "ready" });
  });

  it("is 503 with Retry-After while a migration of the folder is not applied", async () => {
    const last = migrations.at(-1)!;
    const [row] = await prisma.$queryRaw<{ id: string; finished_at: Date }[]>`SELECT id, finished_at FROM "_prisma_migrations" WHERE migration_name = ${last}`;
    await prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE id = ${row.id}`;
    try {
      const res = await callRoute(GET, "/api/ready", { headers: ids.authHeaders("admin") });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.body).toMatchObject({ status: "not_ready", database: { status: "up" }, migrations: { pending: [last] } });
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      // Anyone else learns only that the instance is not ready.
      for (const key of ["anonymous", "user", "moderator"] as const) {
        const plain = await callRoute(GET, "/api/ready", { headers: ids.authHeaders(key) });
        expect(plain.status).toBe(503);
        expect(plain.body).toEqual({ status: "not_ready" });
      }
    } finally {
      await prisma.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = ${row.finished_at} WHERE id = ${row.id}`;
    }
  });
});
