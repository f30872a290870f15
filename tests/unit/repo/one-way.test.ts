import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Issue "one way to do each thing": one identity type (UserRef, lib/auth/types.ts) and one action
// wrapper (serverAction, lib/auth/server-action.ts), used by every server action.
const ROOT = path.resolve(import.meta.dirname, "../../..");
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);

function walk(dir: string, out: string[] = []): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return out;
  for (const entry of readdirSync(abs)) {
    if (SKIP_DIRS.has(entry)) continue;
    const rel = path.join(dir, entry);
    if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else if (/\.tsx?$/.test(entry)) out.push(rel);
  }
  return out;
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const sources = ["app", "components", "lib"].flatMap((dir) => walk(dir));
// A "use server" module: the directive is its first statement (after comments).
const isUseServerModule = (source: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);
const actionFiles = sources.filter((file) => isUseServerModule(read(file)));

/** Each exported name of a module with the text up to the next top-level export. */
function exportsOf(source: string): { name: string; text: string }[] {
  const starts = [...source.matchAll(/^export\s+(?:const\s+(\w+)\s*=|(?:async\s+)?function\s+(\w+))/gm)];
  return starts.map((m, i) => ({ name: m[1] ?? m[2], text: source.slice(m.index, starts[i + 1]?.index ?? source.length) }));
}

describe("server actions", () => {
  it('are found (app/**/actions.ts and any other "use server" module)', () => {
    expect(actionFiles).toContain("app/teams/actions.ts");
    expect(actionFiles).toContain("app/signin/actions.ts");
    expect(actionFiles.length).toBeGreaterThanOrEqual(10);
  });

  it("are all built with serverAction", () => {
    const handWritten: string[] = [];
    let actions = 0;
    for (const file of actionFiles) {
      for (const { name, text } of exportsOf(read(file))) {
        actions++;
        if (!/\bserverAction\s*[<(]/.test(text)) handWritten.push(`${file}#${name}`);
      }
    }
    expect(actions).toBeGreaterThanOrEqual(28);
    expect(handWritten).toEqual([]);
  });

  it("never resolve the session or map errors by hand", () => {
    const offenders = actionFiles.filter((file) => /\bgetCurrentUser\(|\btoActionState\(\s*error|\bcatch\s*\(error\)\s*\{\s*return\b/.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('and no inline "use server" function escapes the wrapper', () => {
    const inline = sources.filter((file) => /["']use server["']/.test(read(file)) && !isUseServerModule(read(file)));
    expect(inline).toEqual([]);
  });
});

describe("identity", () => {
  const declarations = (name: string) =>
    sources.filter((file) => new RegExp(`^export\\s+(?:interface\\s+${name}\\b|type\\s+${name}\\s*(?:<[^>]*>)?\\s*=)`, "m").test(read(file)));

  it("has one identity type, UserRef, declared once", () => {
    expect(declarations("UserRef")).toEqual(["lib/auth/types.ts"]);
  });

  it("has none of the former identity types", () => {
    for (const name of ["SessionUser", "ScenarioCaller", "SubmissionViewer", "Caller", "Viewer"]) expect(declarations(name), name).toEqual([]);
  });

  it("declares no other type named like a user in the app (the issue's grep: `interface .*User\\b|type .*User =`)", () => {
    const userTypes = sources.filter((file) => /\binterface\s+\w*User\b|\btype\s+\w*User\s*(?:<[^>]*>)?\s*=/.test(read(file)));
    expect(userTypes).toEqual([]);
  });

  it("SessionUser is gone: nothing names it, and no interface widens UserRef into a second identity", () => {
    const everywhere = [...sources, ...["tests", "e2e", "scripts", "ops", "prisma"].flatMap((dir) => walk(dir))].filter(
      (file) => file !== "tests/unit/repo/one-way.test.ts",
    );
    expect(everywhere.filter((file) => /\bSessionUser\b|\binterface\s+\w+\s+extends\s+(?:[\w\s,]*,\s*)?UserRef\b/.test(read(file)))).toEqual([]);
  });

  it("a session, an API token and every lib/auth guard resolve to a UserRef", () => {
    for (const file of ["lib/auth/session.ts", "lib/auth/page-guards.ts", "lib/auth/session-cookie.ts", "lib/auth/session-store.ts", "lib/auth/api-auth.ts"]) {
      expect(read(file), file).toMatch(/\bUserRef\b/);
    }
    expect(read("lib/auth/server-action.ts")).toMatch(/A extends "anyone" \? null : UserRef;/);
    expect(read("lib/data/tokens/authenticate-api-token.ts")).toMatch(/user: UserRef;/);
  });

  it("lib/data functions take the caller as `{ user, … }`, never `caller` or `viewer`, never positionally", () => {
    const files = walk("lib/data");
    const named = files.filter((file) => /export (?:async )?function \w+\(\s*\{[^}]*\b(?:caller|viewer)\b/.test(read(file)));
    const positional = files.filter((file) => /export (?:async )?function \w+\(\s*\w+\s*:\s*UserRef\b/.test(read(file)));
    expect(named).toEqual([]);
    expect(positional).toEqual([]);
  });
});
