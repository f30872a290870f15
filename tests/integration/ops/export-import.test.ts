// Export → fresh database → import reproduces the same leaderboard API output and the same rows, with
// the excluded secrets (API tokens, sessions) left behind. The CLIs and the leaderboard run as child
// processes: the app's `db` singleton is bound to one DATABASE_URL per process.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { resolveTsxCli, runMigrateDeploy } from "@/ops/db-scripts";
import { DUMP_TABLES } from "@/ops/dump/format";

import { createDatabaseOnServer, dropDatabaseOnServer } from "../../support/external-pg";

const run = promisify(execFile);
const sourceUrl = process.env.DATABASE_URL!;
const source = createPrismaClient(sourceUrl);
const targetName = `tokencost_roundtrip_${randomBytes(4).toString("hex")}`;
let targetUrl: string;
let target: PrismaClient;
let workDir: string;

async function runScript(script: string, args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [resolveTsxCli(), "--conditions=react-server", script, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function rowCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const entries = await Promise.all(
    DUMP_TABLES.map(async (table) => [table, await (prisma as unknown as Record<string, { count(): Promise<number> }>)[table].count()] as const),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "tokencost-dump-test-"));
  // Something of every kind the dump covers beyond the seeded catalog.
  const suffix = randomBytes(3).toString("hex");
  const user = await source.user.create({
    data: { email: `dump-${suffix}@example.com`, name: "Dump User", passwordHash: "$2b$10$abcdefghijklmnopqrstuv0123456789012345678901234567890" },
  });
  const team = await source.team.create({ data: { slug: `dump-team-${suffix}`, name: "Dump Team" } });
  await source.membership.create({ data: { teamId: team.id, userId: user.id, role: "owner" } });
  const scenario = await source.scenario.create({ data: { name: "Dump scenario", ownerId: user.id, teamId: team.id, visibility: "team", latestRevision: 2 } });
  await source.scenarioRevision.createMany({
    data: [
      { scenarioId: scenario.id, revision: 1, params: { utilization: 0.5 }, authorId: user.id },
      {
        scenarioId: scenario.id,
        revision: 2,
        params: { utilization: 0.7, electricityUsdPerKwh: 0.1 },
        plan: { outputTokensPerDay: 1e9, powerCapMw: 2 },
        authorId: user.id,
      },
    ],
  });
  await source.apiToken.create({ data: { userId: user.id, name: "secret", prefix: "tc_dump", tokenHash: `hash-${suffix}`, scopes: ["submissions:write"] } });
  await source.session.create({ data: { sessionToken: `session-${suffix}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
  await source.auditLog.create({ data: { actorId: user.id, action: "dump.test", targetType: "team", targetId: team.id, metadata: { note: "round trip" } } });

  targetUrl = await createDatabaseOnServer(sourceUrl, targetName);
  await runMigrateDeploy({ databaseUrl: targetUrl, stdio: "pipe" });
  target = createPrismaClient(targetUrl);
}, 180_000);

afterAll(async () => {
  await source.$disconnect();
  await target?.$disconnect();
  await dropDatabaseOnServer(sourceUrl, targetName).catch(() => undefined);
  await rm(workDir, { recursive: true, force: true });
});

describe("db:export / db:import", () => {
  it("round-trips the database: same rows, same leaderboard API output, secrets left out", async () => {
    const file = path.join(workDir, "dump.ndjson");
    const exported = await runScript("scripts/db-export.ts", [file], sourceUrl);
    expect(exported.stderr).toContain(`Exported to ${file}`);
    expect(exported.code).toBe(0);
    // Password hashes and e-mail addresses: the dump is readable by its owner only.
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    const header = JSON.parse(lines[0]);
    expect(header).toMatchObject({ format: "tokencost-dump", formatVersion: 1 });
    expect(header.migrations.length).toBeGreaterThan(0);
    expect(JSON.parse(lines.at(-1)!).end).toBe(true);

    const imported = await runScript("scripts/db-import.ts", [file], targetUrl);
    expect(imported.stderr).toContain(`Imported ${file}`);
    expect(imported.code).toBe(0);

    const sourceCounts = await rowCounts(source);
    expect(await rowCounts(target)).toEqual(sourceCounts);
    expect(sourceCounts.benchmarkSubmission).toBeGreaterThan(0);
    expect(await target.apiToken.count()).toBe(0);
    expect(await target.session.count()).toBe(0);

    const user = await source.user.findFirstOrThrow({ where: { name: "Dump User" }, orderBy: { createdAt: "desc" } });
    expect(await target.user.findUnique({ where: { id: user.id } })).toEqual(user);
    const scenario = await source.scenario.findFirstOrThrow({ where: { ownerId: user.id }, include: { revisions: { orderBy: { revision: "asc" } } } });
    expect(await target.scenario.findUnique({ where: { id: scenario.id }, include: { revisions: { orderBy: { revision: "asc" } } } })).toEqual(scenario);
    expect(await target.offeringPrice.findMany({ orderBy: { id: "asc" } })).toEqual(await source.offeringPrice.findMany({ orderBy: { id: "asc" } }));

    for (const query of ["", "deployment=all", "deployment=onprem&utilization=0.4"]) {
      const before = await runScript("scripts/print-leaderboard.ts", [query], sourceUrl);
      const after = await runScript("scripts/print-leaderboard.ts", [query], targetUrl);
      expect(before.code, before.stderr).toBe(0);
      expect(JSON.parse(before.stdout).rows.length).toBeGreaterThan(0);
      expect(after.stdout).toBe(before.stdout);
    }
  }, 180_000);

  it("refuses to import into a database that is not empty, and leaves it unchanged", async () => {
    const file = path.join(workDir, "dump.ndjson");
    const before = await rowCounts(target);
    const again = await runScript("scripts/db-import.ts", [file], targetUrl);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Import refused: The target database is not empty \(vendor: \d+/);
    expect(await rowCounts(target)).toEqual(before);
  }, 60_000);

  it("refuses a truncated dump and writes nothing", async () => {
    const emptyName = `${targetName}_trunc`;
    const emptyUrl = await createDatabaseOnServer(sourceUrl, emptyName);
    try {
      await runMigrateDeploy({ databaseUrl: emptyUrl, stdio: "pipe" });
      const full = (await readFile(path.join(workDir, "dump.ndjson"), "utf8")).trimEnd().split("\n");
      const truncated = path.join(workDir, "truncated.ndjson");
      await import("node:fs/promises").then((fs) => fs.writeFile(truncated, `${full.slice(0, -40).join("\n")}\n`));
      const result = await runScript("scripts/db-import.ts", [truncated], emptyUrl);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("truncated");
      const empty = createPrismaClient(emptyUrl);
      try {
        expect(Object.values(await rowCounts(empty)).every((count) => count === 0)).toBe(true);
      } finally {
        await empty.$disconnect();
      }
    } finally {
      await dropDatabaseOnServer(sourceUrl, emptyName).catch(() => undefined);
    }
  }, 120_000);
});
