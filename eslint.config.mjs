import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

import tokencost from "./eslint-rules/client-boundary.mjs";

// Layer boundaries (docs/architecture.md): routes and components reach the database only through
// lib/data; the cost model and the pure helpers stay free of I/O; client modules stay free of server code.
const NO_DB = [{ group: ["@/lib/db", "@/lib/db/*"], message: "Query through a lib/data function, where authorization lives." }];
// Links prefetch when a visitor reaches for them, not when they scroll into view (components/ui/link.tsx).
const NO_NEXT_LINK = [{ name: "next/link", message: "Use Link from @/components/ui/link: it prefetches on intent, not on sight." }];
const NO_IO = [
  {
    group: [
      "@/lib/db",
      "@/lib/db/*",
      "@/lib/data",
      "@/lib/data/*",
      "@/lib/auth/session",
      "@/lib/auth/config",
      "@/lib/log",
      "@/lib/log/*",
      "next/*",
      "node:*",
      "fs",
      "fs/*",
      "child_process",
      "net",
      "http",
      "https",
      "pg",
      "@prisma/*",
      "server-only",
    ],
    message: "lib/cost and lib/pure are pure: no database, network, file system or framework.",
    allowTypeImports: true,
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "**/.next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: NO_NEXT_LINK, patterns: NO_DB }] },
  },
  {
    files: ["components/ui/link.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: NO_DB }] },
  },
  {
    files: ["lib/cost/**/*.ts", "lib/pure/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: NO_IO }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    plugins: { tokencost },
    rules: { "tokencost/client-boundary": "error" },
  },
];

export default config;
