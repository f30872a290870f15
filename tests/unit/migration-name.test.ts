import { describe, expect, it } from "vitest";

import { normalizeMigrationName } from "@/ops/migrate/migrations-dir";

describe("normalizeMigrationName", () => {
  it("keeps a snake_case name as is", () => {
    expect(normalizeMigrationName("add_thing")).toBe("add_thing");
  });

  it("lowercases and joins words with single underscores, like prisma migrate dev --name", () => {
    expect(normalizeMigrationName("  Add Team-Scenarios!! v2 ")).toBe("add_team_scenarios_v2");
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(normalizeMigrationName(" --- ")).toBe("");
  });

  it("caps the length so the folder name stays portable", () => {
    expect(normalizeMigrationName("a".repeat(300))).toHaveLength(200);
  });
});
