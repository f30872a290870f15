// PostgreSQL refuses to run as root: as root, every PostgreSQL program runs as the "postgres" OS user,
// created when missing.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";

import { POSTGRES_OS_USER, type Binaries, type LogLine, type OsUser } from "./config";

function lookupOsUser(name: string): OsUser | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

function groupExists(name: string): boolean {
  try {
    execFileSync("getent", ["group", name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function ensurePostgresOsUser(log: LogLine): OsUser {
  const existing = lookupOsUser(POSTGRES_OS_USER);
  if (existing) return existing;
  log(`Creating the system user "${POSTGRES_OS_USER}" (PostgreSQL refuses to run as root)`);
  const groupArgs = groupExists(POSTGRES_OS_USER) ? ["-g", POSTGRES_OS_USER] : ["-U"];
  try {
    execFileSync("useradd", ["-r", ...groupArgs, "-M", "-d", "/nonexistent", "-s", "/usr/sbin/nologin", POSTGRES_OS_USER], {
      stdio: ["ignore", "ignore", "pipe"],
    });
  } catch (error) {
    const created = lookupOsUser(POSTGRES_OS_USER); // a parallel run may have created it
    if (created) return created;
    throw new Error(
      `Running as root, PostgreSQL needs an OS user "${POSTGRES_OS_USER}" and \`useradd -r\` failed: ${String(error)}. ` +
        `Create the user yourself, or run as a non-root user.`,
    );
  }
  const created = lookupOsUser(POSTGRES_OS_USER);
  if (!created) throw new Error(`Created the OS user "${POSTGRES_OS_USER}" but cannot look it up with \`id\`.`);
  return created;
}

interface RunResult {
  code: number | null;
  output: string;
}

export class PgRunner {
  constructor(
    private readonly binaries: Binaries,
    private readonly osUser: OsUser | undefined,
  ) {}

  get owner(): OsUser | undefined {
    return this.osUser;
  }

  run(program: "initdb" | "pg_ctl", args: string[]): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(path.join(this.binaries.binDir, program), args, {
        ...(this.osUser ?? {}),
        // A cwd the postgres user cannot enter makes initdb/pg_ctl fail.
        cwd: path.dirname(this.binaries.binDir),
        env: { ...process.env, LC_ALL: "C", LANG: "C", TZ: "UTC" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.once("error", reject);
      child.once("close", (code) => resolve({ code, output: output.trim() }));
    });
  }

  /** Whether the postgres OS user can enter (and write) `dir`; every parent must be enterable. */
  canAccess(dir: string, access: "traverse" | "write"): Promise<boolean> {
    if (!this.osUser) return Promise.resolve(true);
    const test = access === "write" ? ["-w", dir, "-a", "-x", dir] : ["-x", dir];
    return new Promise((resolve) => {
      const child = spawn("test", test, { ...this.osUser, cwd: "/", stdio: "ignore" });
      child.once("error", () => resolve(false));
      child.once("close", (code) => resolve(code === 0));
    });
  }
}
