import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// loading.tsx files: a page that waits on data shows an announced placeholder, but a loading boundary
// fixes the status of everything it wraps at 200 once streaming starts. So a boundary wraps only the
// page beside it (list pages sit in an (index) route group next to their [slug] pages), and it is a
// server component, adding no client JavaScript to the pages it covers.
const ROOT = path.resolve(import.meta.dirname, "../../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, entry);
    if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else out.push(rel);
  }
  return out;
}

const appFiles = walk("app");
const loadingFiles = appFiles.filter((file) => path.basename(file) === "loading.tsx");
const isClient = (source: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/.test(source);

describe("loading boundaries", () => {
  it("cover the list pages that wait on data", () => {
    for (const route of ["hardware", "models", "offerings", "leaderboard"]) {
      expect(loadingFiles, route).toContain(`app/${route}/(index)/loading.tsx`);
      expect(existsSync(path.join(ROOT, `app/${route}/(index)/page.tsx`)), route).toBe(true);
      expect(existsSync(path.join(ROOT, `app/${route}/page.tsx`)), `app/${route}/page.tsx must stay in (index)`).toBe(false);
    }
  });

  it("wrap only the page beside them, never a page below (whose notFound() would become a 200)", () => {
    for (const loading of loadingFiles) {
      const dir = path.dirname(loading);
      const nested = appFiles.filter((file) => path.basename(file) === "page.tsx" && file.startsWith(`${dir}/`) && path.dirname(file) !== dir);
      expect(nested, loading).toEqual([]);
    }
  });

  it("are server components with an announced, visible status text", () => {
    const placeholder = read("components/ui/page-loading.tsx");
    expect(isClient(placeholder)).toBe(false);
    expect(placeholder).toMatch(/role="status"/);
    for (const loading of loadingFiles) {
      const source = read(loading);
      expect(isClient(source), loading).toBe(false);
      expect(source, loading).toMatch(/<PageLoading label="[^"]+…" \/>/);
    }
  });
});
