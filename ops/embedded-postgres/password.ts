// The superuser password of the embedded server. Generated once, kept beside the configured data
// directory (not inside it: initdb wants an empty folder) with mode 0600, readable only by the user
// running the launcher. The server uses scram-sha-256 even on loopback, so another local user cannot
// connect as the superuser.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";

import { SUPERUSER, type OsUser } from "./config";

export function passwordFileFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.password`;
}

/** The stored password, created (mode 0600) when missing; synchronous so configs can build URLs. */
export function readOrCreatePassword(dataDir: string): string {
  const file = passwordFileFor(dataDir);
  try {
    return readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(24).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Created concurrently by another process: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}

/** initdb --pwfile needs a file the server's OS user can read: a private temporary copy, removed after. */
export async function withPasswordFile<T>(password: string, owner: OsUser | undefined, run: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "tokencost-pw-"));
  const file = path.join(dir, "pwfile");
  try {
    await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
    if (owner) {
      await fs.chown(dir, owner.uid, owner.gid);
      await fs.chown(file, owner.uid, owner.gid);
    }
    return await run(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export const PG_HBA = [
  "# TokenCost embedded PostgreSQL: listens on 127.0.0.1 only; the superuser password is stored beside",
  "# the data directory (<data dir>.password, mode 0600).",
  "# TYPE  DATABASE     USER  ADDRESS        METHOD",
  "local   all          all                  scram-sha-256",
  "host    all          all   127.0.0.1/32   scram-sha-256",
  "host    all          all   ::1/128        scram-sha-256",
  "host    replication  all   127.0.0.1/32   scram-sha-256",
  "",
].join("\n");

/** True when pg_hba.conf still lets anyone in without a password (a cluster created before passwords). */
export async function usesTrustAuth(dataDir: string): Promise<boolean> {
  const text = await fs.readFile(path.join(dataDir, "pg_hba.conf"), "utf8").catch(() => "");
  return text.split("\n").some((line) => !line.trim().startsWith("#") && /\btrust\s*$/.test(line));
}

/**
 * Moves a running cluster from trust to password authentication: sets the superuser password (trust
 * still lets this connection in), writes the new pg_hba.conf and reloads the configuration.
 */
export async function upgradeToPasswordAuth(options: {
  dataDir: string;
  port: number;
  password: string;
  writeHba: (content: string) => Promise<void>;
}): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port: options.port, user: SUPERUSER, password: options.password, database: "postgres" });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("set password_encryption = 'scram-sha-256'");
    await client.query(`alter role ${client.escapeIdentifier(SUPERUSER)} with password ${client.escapeLiteral(options.password)}`);
    await options.writeHba(PG_HBA);
    await client.query("select pg_reload_conf()");
  } finally {
    await client.end();
  }
}
