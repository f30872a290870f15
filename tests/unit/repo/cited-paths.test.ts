import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every repository path a comment or a document cites must exist, so a newcomer following a pointer
// never lands on nothing (and nothing points outside the repository).
const ROOT = path.resolve(import.meta.dirname, "../../..");
// prisma/seed/data cites paths inside the upstream repositories it was taken from, and migrations are
// generated SQL, so neither is scanned; the schema and the seed code are.
const SOURCE_DIRS = ["app", "components", "lib", "ops", "scripts", "tests", "e2e", "docs", "prisma"];
const SKIP_PATHS = new Set(["prisma/seed/data", "prisma/migrations"]);
const ROOT_FILES = [
  "README.md",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "playwright.config.ts",
  "vitest.config.ts",
  "prisma.config.ts",
  "eslint.config.mjs",
  ".env.example",
];
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);
const TOP_LEVEL = ["app", "components", "lib", "ops", "scripts", "tests", "e2e", "prisma", "docs", "public", ".ci"];
// A path is a top-level folder followed by path characters; placeholders (<name>, …, *, {id}) are not paths.
const PATH_PATTERN = new RegExp(`(?<![\\w@./-])((?:${TOP_LEVEL.map((d) => d.replace(".", "\\.")).join("|")})/[\\w./\\-\\[\\]<>…*{}]*)`, "g");
const MARKDOWN_LINK = /\]\(([^)\s#]+)(?:#[^)]*)?\)/g;

function walk(dir: string, out: string[] = []): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return out;
  for (const entry of readdirSync(abs)) {
    const rel = path.join(dir, entry);
    if (SKIP_DIRS.has(entry) || SKIP_PATHS.has(rel)) continue;
    if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else if (/\.(ts|tsx|mjs|md|prisma)$/.test(entry)) out.push(rel);
  }
  return out;
}

// Comments only: code strings such as URL paths are not citations.
function commentText(source: string): string {
  const parts: string[] = [];
  for (const m of source.matchAll(/\/\*[\s\S]*?\*\/|(?<![:"'`\\])\/\/[^\n]*/g)) parts.push(m[0]);
  return parts.join("\n");
}

function citedPaths(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const isMarkdown = file.endsWith(".md");
  const body = isMarkdown ? text : commentText(text);
  const cited = new Set<string>();
  for (const m of body.matchAll(PATH_PATTERN)) {
    let candidate = m[1].replace(/[.,:;)]+$/, "");
    // A closing bracket of the surrounding markdown link, not a Next route segment such as [id].
    while (candidate.endsWith("]") && candidate.split("[").length < candidate.split("]").length) candidate = candidate.slice(0, -1);
    if (/[<>…*{}]/.test(candidate)) continue;
    cited.add(candidate);
  }
  if (isMarkdown) {
    for (const m of text.matchAll(MARKDOWN_LINK)) {
      const target = m[1];
      if (/^[a-z]+:/i.test(target) || target.startsWith("/")) continue;
      cited.add(path.normalize(path.join(path.dirname(file), target)));
    }
  }
  return [...cited];
}

const files = [...SOURCE_DIRS.flatMap((d) => walk(d)), ...ROOT_FILES.filter((f) => /\.(ts|mjs|md)$/.test(f) && existsSync(path.join(ROOT, f)))];

describe("paths cited in comments and docs", () => {
  it("scans the sources and documents", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/architecture.md");
    expect(files).toContain("prisma/schema.prisma");
    expect(files).toContain("prisma/seed/factories.ts");
    expect(files.length).toBeGreaterThan(100);
  });

  it("all exist in the repository", () => {
    const missing = files.flatMap((file) =>
      citedPaths(file)
        .filter((p) => !existsSync(path.join(ROOT, p)))
        .map((p) => `${file}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  // The optional real-data folder beside a clone (../shared/data, skipped cleanly when absent) is data,
  // not documentation; design notes and docs outside the repository are never cited.
  it("never cite documentation outside the repository", () => {
    const outside = files.filter(
      (file) => /\.\.\/shared\/(?!data\b)|DESIGN\.md/.test(readFileSync(path.join(ROOT, file), "utf8")) && !file.endsWith("cited-paths.test.ts"),
    );
    expect(outside).toEqual([]);
  });
});
