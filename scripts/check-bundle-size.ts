// npm run check:bundle — JavaScript sent per page route, gzip, from the production build (NEXT_DIST_DIR,
// default .next); fails when a route exceeds the budget (250 KB = 250,000 bytes gzip).
//
// What a route loads, as Next 16 (Turbopack) records it: the root main files of
// server/app/<route>/page/build-manifest.json (runtime + framework, on every page) plus the entry chunks
// of every segment the page renders (layout, page, not-found, global-error) from
// server/app/<route>/page_client-reference-manifest.js → entryJSFiles. Legacy polyfills (nomodule, not
// loaded by current browsers) and chunks loaded later on demand (dynamic import) are not counted.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

import { resolveDistDir } from "../ops/production-build";

const BUDGET_BYTES = Number(process.env.BUNDLE_BUDGET_BYTES ?? 250_000);

type RouteSize = { route: string; files: number; rawBytes: number; gzipBytes: number };

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

function entryChunks(manifestFile: string, entry: string): string[] {
  const context = { globalThis: {} as Record<string, unknown> };
  vm.runInNewContext(readFileSync(manifestFile, "utf8"), context);
  const manifests = (context.globalThis.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles?: Record<string, string[]> }>;
  const manifest = manifests[entry] ?? Object.values(manifests)[0];
  return Object.values(manifest?.entryJSFiles ?? {}).flat();
}

export function measureRoutes(distDir: string): RouteSize[] {
  const routes = readJson<Record<string, string>>(path.join(distDir, "app-path-routes-manifest.json"));
  const gzipCache = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = gzipCache.get(file);
    if (!size) {
      const bytes = readFileSync(path.join(distDir, file));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      gzipCache.set(file, size);
    }
    return size;
  };
  const rootBuildManifest = readJson<{ rootMainFiles: string[] }>(path.join(distDir, "build-manifest.json"));
  const results: RouteSize[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page")) continue;
    const serverDir = path.join(distDir, "server", "app", entry);
    const clientManifest = `${serverDir}_client-reference-manifest.js`;
    const pageBuildManifest = path.join(serverDir, "build-manifest.json");
    const rootMain = existsSync(pageBuildManifest) ? readJson<{ rootMainFiles: string[] }>(pageBuildManifest).rootMainFiles : rootBuildManifest.rootMainFiles;
    const files = new Set<string>(rootMain);
    if (existsSync(clientManifest)) for (const chunk of entryChunks(clientManifest, entry)) files.add(chunk.replace(/^\/?_next\//, ""));
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const size = sizeOf(file);
      rawBytes += size.raw;
      gzipBytes += size.gzip;
    }
    results.push({ route, files: files.size, rawBytes, gzipBytes });
  }
  return results.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

function main(): number {
  const distDir = resolveDistDir();
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    console.error(`No production build in ${distDir}: run \`npm run build\` first.`);
    return 2;
  }
  const routes = measureRoutes(distDir);
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  console.log(`JavaScript per route (gzip level 9), budget ${kb(BUDGET_BYTES)} KB — build in ${path.relative(process.cwd(), distDir) || "."}\n`);
  console.log("| route | files | raw KB | gzip KB | within budget |");
  console.log("|---|---:|---:|---:|---|");
  for (const r of routes) console.log(`| ${r.route} | ${r.files} | ${kb(r.rawBytes)} | ${kb(r.gzipBytes)} | ${r.gzipBytes <= BUDGET_BYTES ? "yes" : "NO"} |`);
  const over = routes.filter((r) => r.gzipBytes > BUDGET_BYTES);
  if (routes.length === 0) {
    console.error("No page routes found in the build output.");
    return 1;
  }
  if (over.length > 0) {
    console.error(`\n${over.length} route(s) over ${kb(BUDGET_BYTES)} KB gzip: ${over.map((r) => r.route).join(", ")}`);
    return 1;
  }
  console.log(`\nAll ${routes.length} page routes within ${kb(BUDGET_BYTES)} KB gzip (largest: ${routes[0].route}, ${kb(routes[0].gzipBytes)} KB).`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
