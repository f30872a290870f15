// The dump format (`npm run db:export` / `db:import`): JSON lines, so 100k+ submissions are written and read
// row by row. Line 1 is the header, then one line per row ({"t": table, "r": row}) in foreign-key order,
// then a trailer with the row counts (a truncated file is refused).
//
// What is in it: the catalog (vendors, accelerators, offerings, prices, models), submissions and imported
// files, users, OAuth account links, teams, memberships, scenarios with their revisions, and the audit log.
// Secrets: user password hashes are kept (bcrypt, already one-way; without them nobody could sign in after
// a move). Excluded: API tokens (hashes of bearer credentials: issue new ones), sessions, e-mail
// verification tokens, pending team invitations (their link tokens), and the OAuth access/refresh/id
// tokens on account links (they are refreshed at the next sign-in).
export const DUMP_FORMAT = "tokencost-dump";
export const DUMP_FORMAT_VERSION = 1;

/** Tables in the order they are written and inserted: every row's references come earlier. */
export const DUMP_TABLES = [
  "vendor",
  "accelerator",
  "offering",
  "offeringPrice",
  "model",
  "user",
  "account",
  "team",
  "membership",
  "scenario",
  "scenarioRevision",
  "benchmarkSubmission",
  "importedFile",
  "auditLog",
] as const;
export type DumpTable = (typeof DUMP_TABLES)[number];

export const EXCLUDED_FROM_DUMP = [
  "ApiToken (bearer token hashes: issue new tokens after a move)",
  "Session (database sessions)",
  "VerificationToken",
  "TeamInvitation (pending invitation links)",
  "Account.refresh_token / access_token / id_token (OAuth tokens, refreshed at the next sign-in)",
];

/** Columns blanked on export, per table. */
export const STRIPPED_COLUMNS: Partial<Record<DumpTable, string[]>> = {
  account: ["refresh_token", "access_token", "id_token", "session_state"],
};

export interface DumpHeader {
  format: typeof DUMP_FORMAT;
  formatVersion: number;
  exportedAt: string;
  /** Names of the migrations applied to the source database (prisma/migrations folder names). */
  migrations: string[];
  tables: readonly DumpTable[];
  excluded: string[];
}

export interface DumpRowLine {
  t: DumpTable;
  r: Record<string, unknown>;
}

export interface DumpTrailer {
  end: true;
  counts: Record<DumpTable, number>;
}

export function isDumpTable(value: unknown): value is DumpTable {
  return typeof value === "string" && (DUMP_TABLES as readonly string[]).includes(value);
}
