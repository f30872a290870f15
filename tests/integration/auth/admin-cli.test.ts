// The admin CLI as self-hosters run it: `npm run admin -- ...` in a child process, non-interactive.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { authenticateRequest } from "@/lib/auth/api-auth";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { findFreePort, startEmbeddedPostgres } from "@/ops/embedded-postgres";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const TOKEN_LINE = /^tc_[A-Za-z0-9_-]{43}\n$/;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function admin(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "admin", "--", ...args], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const withDatabase = (): NodeJS.ProcessEnv => ({ ...process.env, DATABASE_URL: process.env.DATABASE_URL });

afterAll(async () => {
  await db.$disconnect();
});

// Each call spawns `npm run admin` (npm, tsx, Prisma): slow on a busy machine.
describe("npm run admin (DATABASE_URL set)", { timeout: 180_000 }, () => {
  const email = `ops-${randomBytes(4).toString("hex")}@example.com`;

  it("creates a user, prints a working token and nothing else, and changes roles", async () => {
    const created = await admin(["create-user", "--email", email, "--password", "a-long-password-1", "--role", "moderator"], withDatabase());
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(new RegExp(`^Created moderator ${email.replace(".", "\\.")} \\(id \\w+\\)\\n$`));
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, passwordHash: true } });
    expect(user.role).toBe("moderator");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);

    const issued = await admin(["create-token", "--email", email, "--scopes", "submissions:write,submissions:review", "--name", "ci"], withDatabase());
    expect(issued.code).toBe(0);
    expect(issued.stdout).toMatch(TOKEN_LINE);
    const token = issued.stdout.trim();
    const stored = await db.apiToken.findUniqueOrThrow({
      where: { tokenHash: createHash("sha256").update(token).digest("hex") },
      select: { name: true, scopes: true, userId: true, expiresAt: true },
    });
    expect(stored).toMatchObject({ name: "ci", scopes: ["submissions:write", "submissions:review"], userId: user.id });
    // 90 days by default; never only when asked.
    expect(Math.round((stored.expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(90);

    const request = new Request("http://127.0.0.1:3210/api/v1/submissions", { method: "POST", headers: { Authorization: `Bearer ${token}` } });
    const caller = await authenticateRequest(request, { scope: "submissions:review" });
    expect(caller).toMatchObject({ via: "token", user: { id: user.id, role: "moderator" } });

    const demoted = await admin(["set-role", "--email", email, "--role", "user"], withDatabase());
    expect(demoted.code).toBe(0);
    expect(demoted.stdout).toBe(`${email} is now user\n`);
    // The token's review scope stops working with the role.
    await expect(authenticateRequest(request, { scope: "submissions:review" })).rejects.toMatchObject({ status: 403 });
    expect((await authenticateRequest(request, { scope: "submissions:write" })).user.role).toBe("user");

    const audit = await db.auditLog.findMany({
      where: { targetId: user.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, metadata: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.role.change"]);
    expect(audit[1]).toMatchObject({ actorId: null, metadata: { from: "moderator", to: "user", via: "cli" } });
  });

  it("fails clearly, with exit codes, and writes nothing on bad input", async () => {
    const duplicate = await admin(["create-user", "--email", email, "--password", "a-long-password-1"], withDatabase());
    expect(duplicate.code).toBe(1);
    expect(duplicate.stdout).toBe("");
    expect(duplicate.stderr).toContain("already exists");

    const shortPassword = await admin(["create-user", "--email", "short@example.com", "--password", "short"], withDatabase());
    expect(shortPassword.code).toBe(1);
    expect(shortPassword.stderr).toContain("password: Password must be at least 12 characters");
    expect(await db.user.count({ where: { email: "short@example.com" } })).toBe(0);

    const reviewForUser = await admin(["create-token", "--email", email, "--scopes", "submissions:review"], withDatabase());
    expect(reviewForUser.code).toBe(1);
    expect(reviewForUser.stdout).toBe("");
    expect(reviewForUser.stderr).toContain("submissions:review");

    const badScope = await admin(["create-token", "--email", email, "--scopes", "everything"], withDatabase());
    expect(badScope.code).toBe(2);
    expect(badScope.stdout).toBe("");
    expect(badScope.stderr).toContain("--scopes");

    const unknownUser = await admin(["set-role", "--email", "nobody@example.com", "--role", "admin"], withDatabase());
    expect(unknownUser.code).toBe(1);
    expect(unknownUser.stderr).toContain("No user with email nobody@example.com");

    const badRole = await admin(["set-role", "--email", email, "--role", "root"], withDatabase());
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("--role must be one of user, moderator, admin");

    const noCommand = await admin([], withDatabase());
    expect(noCommand.code).toBe(2);
    expect(noCommand.stderr).toContain("Usage: npm run admin");
  });
});

describe("npm run admin from a fresh clone (no DATABASE_URL)", { timeout: 180_000 }, () => {
  it("starts the embedded PostgreSQL, applies the migrations, and issues a token", async () => {
    const dataRoot = await mkdtemp(path.join(os.tmpdir(), "tokencost-admin-cli-"));
    await chmod(dataRoot, 0o755);
    const dataDir = path.join(dataRoot, "postgres");
    const port = await findFreePort(54561, 54569);
    const env: NodeJS.ProcessEnv = { ...process.env, TOKENCOST_DATA_DIR: dataDir, TOKENCOST_PG_PORT: String(port) };
    delete env.DATABASE_URL;
    try {
      const created = await admin(["create-user", "--email", "first-admin@example.com", "--password", "first-admin-password", "--role", "admin"], env);
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toMatch(/^Created admin first-admin@example\.com \(id \w+\)\n$/);
      expect(created.stderr).toContain("DATABASE_URL is not set: using the embedded PostgreSQL server");

      const issued = await admin(["create-token", "--email", "first-admin@example.com", "--scopes", "scenarios:read,scenarios:write"], env);
      expect(issued.code, issued.stderr).toBe(0);
      expect(issued.stdout).toMatch(TOKEN_LINE);

      // The CLI stopped its server; start it again on the same data to look at what it wrote.
      const server = await startEmbeddedPostgres({ dataDir, port, log: () => undefined });
      const prisma = createPrismaClient(server.url);
      try {
        const row = await prisma.apiToken.findUniqueOrThrow({
          where: { tokenHash: createHash("sha256").update(issued.stdout.trim()).digest("hex") },
          select: { scopes: true, revokedAt: true, user: { select: { email: true, role: true } } },
        });
        expect(row).toEqual({ scopes: ["scenarios:read", "scenarios:write"], revokedAt: null, user: { email: "first-admin@example.com", role: "admin" } });
      } finally {
        await prisma.$disconnect();
        await server.stop();
      }
    } finally {
      await rm(dataRoot, { recursive: true, force: true });
    }
  }, 180_000);
});
