// ESLint rule: a "use client" module is bundled for the browser, so it may not import data access,
// the database client, Node built-ins or any module marked `import "server-only"`. Type-only imports
// are erased at build time and allowed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const ALWAYS_FORBIDDEN = [/^@\/lib\/data(\/|$)/, /^@\/lib\/db(\/|$)/, /^server-only$/, /^node:/, /^pg$/, /^@prisma\//];
const serverOnlyCache = new Map();

function resolveAlias(source) {
  const base = path.join(ROOT, source.slice(2));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && !candidate.endsWith(path.sep) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return undefined;
}

function isServerOnly(file) {
  if (!serverOnlyCache.has(file)) serverOnlyCache.set(file, /^\s*import\s+["']server-only["']/m.test(readFileSync(file, "utf8")));
  return serverOnlyCache.get(file);
}

function isClientModule(program) {
  for (const node of program.body) {
    if (node.type !== "ExpressionStatement" || typeof node.directive !== "string") return false;
    if (node.directive === "use client") return true;
  }
  return false;
}

export const clientBoundary = {
  meta: {
    type: "problem",
    docs: { description: 'Keep server-only modules out of "use client" files' },
    schema: [],
    messages: {
      forbidden: '"use client" modules may not import {{source}} ({{reason}}); move what the browser needs to lib/pure, lib/validation or lib/cost.',
    },
  },
  create(context) {
    let client = false;
    function check(node, source) {
      if (!client || typeof source !== "string") return;
      if (node.importKind === "type" || node.exportKind === "type") return;
      if (ALWAYS_FORBIDDEN.some((re) => re.test(source))) {
        context.report({ node, messageId: "forbidden", data: { source, reason: "server code" } });
        return;
      }
      if (source.startsWith("@/")) {
        const file = resolveAlias(source);
        if (file && isServerOnly(file)) context.report({ node, messageId: "forbidden", data: { source, reason: 'it imports "server-only"' } });
      }
    }
    return {
      Program(node) {
        client = isClientModule(node);
      },
      ImportDeclaration(node) {
        check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
    };
  },
};

const plugin = { rules: { "client-boundary": clientBoundary } };
export default plugin;
