// What the app exposes, read from the source tree: every route handler with its HTTP methods and
// every exported server action. The authorization matrix compares its rows against this, so a new
// route, method or action without a row fails the test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Repo-relative paths (forward slashes) of every source file under the given top-level folders. */
function sourceFiles(dirs: string[] = ["app"]): string[] {
  return dirs
    .flatMap((dir) => walk(path.join(REPO_ROOT, dir)))
    .filter((file) => /\.(ts|tsx|js|jsx|mjs)$/.test(file))
    .map((file) => path.relative(REPO_ROOT, file).split(path.sep).join("/"))
    .sort();
}

export function readSource(relativePath: string): string {
  return readFileSync(path.join(REPO_ROOT, relativePath), "utf8");
}

/** Names a module exports as values: `export [async] function X`, `export const|let X`, `export { X, Y as Z }`. */
export function exportedValueNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm)) names.add(match[1]);
  for (const match of source.matchAll(/^export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(match[1]);
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1].split(",")) {
      const trimmed = part.trim();
      if (!trimmed || trimmed.startsWith("type ")) continue;
      names.add(
        trimmed
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    }
  }
  return [...names];
}

/** `app/**\/route.ts` → the HTTP methods it exports. */
export function listRouteMethods(): Record<string, string[]> {
  const routes: Record<string, string[]> = {};
  for (const file of sourceFiles().filter((f) => /\/route\.(ts|js)$/.test(f))) {
    routes[file] = exportedValueNames(readSource(file)).filter((name) => (HTTP_METHODS as readonly string[]).includes(name));
  }
  return routes;
}

function isUseServerModule(source: string): boolean {
  // The directive must be the first statement (comments may precede it).
  const code = source.replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*/, "");
  return /^["']use server["']/.test(code.trimStart());
}

/**
 * Every `"use server"` module → the functions it exports (each one is a server action). components/
 * and lib/ are searched too, so an action file placed outside app/ is not missed.
 */
export function listServerActions(): Record<string, string[]> {
  const actions: Record<string, string[]> = {};
  for (const file of sourceFiles(["app", "components", "lib"])) {
    const source = readSource(file);
    if (isUseServerModule(source)) actions[file] = exportedValueNames(source);
  }
  return actions;
}

/**
 * The text of one exported function (or `export const name = serverAction(...)`), up to the next top-level
 * export, for static checks of what it calls. The action wrapper (lib/auth/server-action.ts) resolves the
 * caller itself — requireRole(role) when its options name a role, else requireUser() — so that call is
 * spelled out for wrapped actions and the checks read the same for every action.
 */
export function exportedFunctionText(relativePath: string, name: string): string {
  const source = readSource(relativePath);
  const start = source.search(new RegExp(`^export\\s+(?:(?:async\\s+)?function\\s+${name}\\b|const\\s+${name}\\s*=)`, "m"));
  if (start < 0) throw new Error(`${relativePath} does not export function ${name}`);
  const rest = source.slice(start + 1);
  const next = rest.search(/^(?:export\s|\/\*\*)/m);
  const text = next < 0 ? source.slice(start) : source.slice(start, start + 1 + next);
  const wrapped = /serverAction(?:<[^(]*>)?\(\s*(\{[^}]*\}|\w+)/.exec(text);
  if (!wrapped) return text;
  if (/auth:\s*"anyone"/.test(wrapped[1])) return `${text}\n/* via serverAction: no session lookup (auth: "anyone") */`;
  const role = /role:\s*"(\w+)"/.exec(wrapped[1])?.[1];
  return `${text}\n/* via serverAction: ${role ? `requireRole("${role}")` : "requireUser()"} */`;
}

/** Files with a `"use server"` directive that is not the module's first statement (inline actions the inventory cannot list). */
export function filesWithInlineServerActions(): string[] {
  return sourceFiles(["app", "components", "lib"]).filter((file) => {
    const source = readSource(file);
    return /["']use server["']/.test(source) && !isUseServerModule(source);
  });
}
