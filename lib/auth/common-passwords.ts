import { dictionary } from "@zxcvbn-ts/language-common";

// The 10,000 most common passwords, ranked by frequency in public breach corpora, as shipped by
// @zxcvbn-ts/language-common (MIT, bundled: no network at run time). Compared case-insensitively.
export const COMMON_PASSWORD_COUNT = 10_000;

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].slice(0, COMMON_PASSWORD_COUNT).map((p) => p.toLowerCase()));
  return common.has(password.normalize("NFKC").toLowerCase());
}
