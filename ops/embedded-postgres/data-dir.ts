// The cluster's data directory: a folder the server's OS user can reach, initialised once.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { CLIENTS_DIR, POSTGRES_OS_USER, SUPERUSER, type Binaries, type LogLine, type OsUser } from "./config";
import type { PgRunner } from "./os-user";
import { PG_HBA, withPasswordFile } from "./password";

export function fallbackDataDirs(requested: string): string[] {
  const key = `${path.basename(path.dirname(requested))}-${createHash("sha256").update(requested).digest("hex").slice(0, 12)}`;
  return ["/var/lib/tokencost", path.join(os.tmpdir(), "tokencost-data")].map((root) => path.join(root, key, path.basename(requested)));
}

/**
 * As root the server runs as the postgres OS user, who cannot enter a checkout in a private folder
 * (e.g. /root, mode 700). Rather than loosen that folder's permissions, keep the cluster in a
 * folder it can reach, derived from the requested path so every run finds the same one.
 */
export async function resolveReachableDataDir(requested: string, runner: PgRunner, log: LogLine): Promise<string> {
  // Parents keep the default mode: the postgres OS user must be able to pass through them.
  await fs.mkdir(path.dirname(requested), { recursive: true });
  if (!runner.owner || (await runner.canAccess(path.dirname(requested), "traverse"))) return requested;
  if (existsSync(path.join(requested, "PG_VERSION"))) {
    throw new Error(
      `${requested} holds a PostgreSQL cluster, but the OS user "${POSTGRES_OS_USER}" (PostgreSQL refuses to run as root) ` +
        "cannot reach it: a parent folder is private. Let that user enter the parent folders, or move the data and set TOKENCOST_DATA_DIR.",
    );
  }
  for (const candidate of fallbackDataDirs(requested)) {
    try {
      await fs.mkdir(path.dirname(candidate), { recursive: true, mode: 0o755 });
    } catch {
      continue;
    }
    if (!(await runner.canAccess(path.dirname(candidate), "traverse"))) continue;
    log(
      `The OS user "${POSTGRES_OS_USER}" cannot reach ${requested} (a parent folder is private), so the data lives in ${candidate}. ` +
        "Set TOKENCOST_DATA_DIR to choose another folder.",
    );
    return candidate;
  }
  throw new Error(
    `PostgreSQL runs as the OS user "${POSTGRES_OS_USER}" (it refuses to run as root), and that user cannot reach ${requested}. ` +
      "Set TOKENCOST_DATA_DIR to a folder it can reach, e.g. /var/lib/tokencost/postgres.",
  );
}

export async function prepareDataDir(dataDir: string, password: string, binaries: Binaries, runner: PgRunner, log: LogLine): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const owner = runner.owner;
  if (owner) {
    const stat = await fs.stat(dataDir);
    if (stat.uid !== owner.uid) await chownTree(dataDir, owner);
    if (!(await runner.canAccess(dataDir, "write"))) {
      throw new Error(`The OS user "${POSTGRES_OS_USER}" cannot write ${dataDir}; PostgreSQL runs as that user when started as root.`);
    }
  }
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (existsSync(versionFile)) {
    const dataMajor = Number.parseInt((await fs.readFile(versionFile, "utf8")).trim(), 10);
    if (dataMajor !== binaries.majorVersion) {
      throw new Error(
        `${dataDir} holds a PostgreSQL ${dataMajor} cluster but the bundled server is PostgreSQL ${binaries.majorVersion}. ` +
          "Dump it with the old version and restore it, or point TOKENCOST_DATA_DIR at a new folder.",
      );
    }
    return;
  }
  const entries = (await fs.readdir(dataDir)).filter((name) => name !== CLIENTS_DIR && name !== "lost+found");
  if (entries.length > 0) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data directory (no PG_VERSION); refusing to initialise it.`);
  }
  log(`Initialising a new PostgreSQL ${binaries.majorVersion} cluster in ${dataDir}`);
  const result = await withPasswordFile(password, owner, (pwfile) =>
    runner.run("initdb", [
      `--pgdata=${dataDir}`,
      `--username=${SUPERUSER}`,
      "--auth=scram-sha-256",
      `--pwfile=${pwfile}`,
      "--encoding=UTF8",
      "--locale=C",
      // Machine-independent UTF-8 character semantics (no dependency on installed OS locales).
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--no-instructions",
    ]),
  );
  if (result.code !== 0) throw new Error(`initdb failed (exit ${result.code}):\n${result.output}`);
  await writeOwnedFile(path.join(dataDir, "pg_hba.conf"), PG_HBA, owner);
  await fs.appendFile(
    path.join(dataDir, "postgresql.conf"),
    [
      "",
      "# TokenCost embedded server (the port is passed by the launcher on each start)",
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      // Prisma stores timestamp(3) without time zone and expects UTC from now().
      "timezone = 'UTC'",
      "log_timezone = 'UTC'",
      "",
    ].join("\n"),
  );
}

async function chownTree(target: string, owner: OsUser): Promise<void> {
  await fs.lchown(target, owner.uid, owner.gid);
  const stat = await fs.lstat(target);
  if (!stat.isDirectory()) return;
  for (const name of await fs.readdir(target)) await chownTree(path.join(target, name), owner);
}

export async function writeOwnedFile(file: string, content: string, owner: OsUser | undefined): Promise<void> {
  await fs.writeFile(file, content, { mode: 0o600 });
  if (owner) await fs.chown(file, owner.uid, owner.gid);
}
