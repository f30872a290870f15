import path from "node:path";
import { describe, expect, it } from "vitest";

import { buildDatabaseUrl, resolveDataDir, resolvePgPort, resolveRepoRoot } from "@/ops/embedded-postgres";

const repoRoot = path.resolve(import.meta.dirname, "../..");

describe("embedded PostgreSQL configuration", () => {
  it("finds the repository root from its own location", () => {
    expect(resolveRepoRoot()).toBe(repoRoot);
  });

  it("keeps the data in <repo>/.data/postgres unless TOKENCOST_DATA_DIR says otherwise", () => {
    expect(resolveDataDir({})).toBe(path.join(repoRoot, ".data", "postgres"));
    expect(resolveDataDir({ TOKENCOST_DATA_DIR: "  " })).toBe(path.join(repoRoot, ".data", "postgres"));
    expect(resolveDataDir({ TOKENCOST_DATA_DIR: "/var/lib/tokencost/pg" })).toBe("/var/lib/tokencost/pg");
    // Relative paths are taken from the repository root, wherever the command runs.
    expect(resolveDataDir({ TOKENCOST_DATA_DIR: "var/pg" })).toBe(path.join(repoRoot, "var", "pg"));
  });

  it("listens on port 54329 unless TOKENCOST_PG_PORT says otherwise, and rejects what is not a port", () => {
    expect(resolvePgPort({})).toBe(54329);
    expect(resolvePgPort({ TOKENCOST_PG_PORT: "5433" })).toBe(5433);
    for (const bad of ["0", "65536", "54.5", "abc", "-1"]) {
      expect(() => resolvePgPort({ TOKENCOST_PG_PORT: bad })).toThrow(`TOKENCOST_PG_PORT must be a port number (1-65535), got "${bad}".`);
    }
  });

  it("builds a loopback URL for the postgres superuser", () => {
    expect(buildDatabaseUrl(54329, "tokencost")).toBe("postgresql://postgres@127.0.0.1:54329/tokencost");
    expect(buildDatabaseUrl(55001, "my db")).toBe("postgresql://postgres@127.0.0.1:55001/my%20db");
    expect(buildDatabaseUrl(55001, "tokencost", "a/b c")).toBe("postgresql://postgres:a%2Fb%20c@127.0.0.1:55001/tokencost");
  });
});
