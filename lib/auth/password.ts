import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";

// bcrypt reads only the first 72 bytes of its input; passwords may be up to 128 characters (and
// multi-byte), so they are pre-hashed to a fixed 44-character base64 string first. Base64 has no NUL
// bytes, which bcrypt would also stop at.
const DEFAULT_COST = 12;

function resolveCost(): number {
  const configured = Number(process.env.AUTH_BCRYPT_COST);
  return Number.isInteger(configured) && configured >= 10 && configured <= 15 ? configured : DEFAULT_COST;
}

function prehash(password: string): string {
  return createHash("sha256").update(password.normalize("NFKC"), "utf8").digest("base64");
}

export async function hashPassword(password: string, cost = resolveCost()): Promise<string> {
  return bcrypt.hash(prehash(password), cost);
}

// Compared against when the account does not exist or has no password, so an unknown email takes
// as long to reject as a wrong password (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, passwordHash: string | null | undefined): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("tokencost-timing-equaliser", resolveCost());
    await bcrypt.compare(prehash(password), await dummyHash);
    return false;
  }
  return bcrypt.compare(prehash(password), passwordHash);
}
