import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

import { assertAuthSecretStrength } from "./host-trust";

// AUTH_SECRET encrypts session cookies. Multi-instance deployments must set it (the same value on
// every instance). A single self-hosted instance started from a fresh clone gets one generated
// once and kept next to the embedded database, so restarts keep people signed in.
let cached: string | undefined;

export function authSecretFile(env: NodeJS.ProcessEnv = process.env): string {
  const dataDir = env.TOKENCOST_DATA_DIR?.trim();
  const base = dataDir ? path.dirname(path.resolve(dataDir)) : path.join(process.cwd(), ".data");
  return path.join(base, "auth-secret");
}

export function resolveAuthSecret(): string {
  if (cached) return cached;
  const configured = process.env.AUTH_SECRET?.trim();
  if (configured) {
    assertAuthSecretStrength(configured);
    return (cached = configured);
  }
  const file = authSecretFile();
  cached = readSecretFile(file) ?? createSecretFile(file);
  // Auth.js reads the variable too; both must agree.
  process.env.AUTH_SECRET = cached;
  return cached;
}

function readSecretFile(file: string): string | undefined {
  try {
    const value = readFileSync(file, "utf8").trim();
    return value.length >= 32 ? value : undefined;
  } catch {
    return undefined;
  }
}

function createSecretFile(file: string): string {
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  // Written to a temporary file, then hard-linked into place: link() fails when the file exists, so
  // when two processes start at once both end up with the first one's complete secret.
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, `${secret}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, file);
    console.warn(`AUTH_SECRET is not set: generated one in ${file}. Set AUTH_SECRET when running several instances.`);
    return secret;
  } catch (error) {
    const existing = (error as NodeJS.ErrnoException).code === "EEXIST" ? readSecretFile(file) : undefined;
    if (existing) return existing;
    throw new Error(`AUTH_SECRET is not set and ${file} could not be written: ${(error as Error).message}`);
  } finally {
    unlinkSync(temporary);
  }
}
