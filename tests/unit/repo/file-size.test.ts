import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Small files: nothing under lib/ or app/ over 300 lines, so each file stays one responsibility
// (lib/generated is Prisma's output and excepted).
const ROOT = path.resolve(import.meta.dirname, "../../..");
const MAX_LINES = 300;
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);

function walk(dir: string, out: string[] = []): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return out;
  for (const entry of readdirSync(abs)) {
    if (SKIP_DIRS.has(entry)) continue;
    const rel = path.join(dir, entry);
    if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else if (/\.(ts|tsx|mjs|js|css)$/.test(entry)) out.push(rel);
  }
  return out;
}

describe("file size", () => {
  const files = [...walk("lib"), ...walk("app")];

  it("scans lib/ and app/", () => {
    expect(files).toContain("lib/auth/server-action.ts");
    expect(files.length).toBeGreaterThan(100);
  });

  it(`no file under lib/ or app/ is over ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file, lines: readFileSync(path.join(ROOT, file), "utf8").split("\n").length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines}`);
    expect(long).toEqual([]);
  });
});
