import { createHash, randomBytes } from "node:crypto";

// Bearer secrets (API tokens, invitation links, session ids) are 32 random bytes; only their
// SHA-256 is stored, so a database leak does not leak working credentials. SHA-256 (not a slow
// hash) is right here because the input already has 256 bits of entropy.
export function generateSecret(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

export const API_TOKEN_PREFIX = "tc_";
export const INVITATION_TOKEN_PREFIX = "tci_";
export const API_TOKEN_PATTERN = /^tc_[A-Za-z0-9_-]{43}$/;
/** Characters of a token kept in clear so people can tell their tokens apart. */
export const API_TOKEN_DISPLAY_PREFIX_LENGTH = 10;
