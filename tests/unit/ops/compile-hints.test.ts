import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { addCompileHints, COMPILE_HINT } from "@/ops/compile-hints";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeBuild(): string {
  const dist = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
  dirs.push(dist);
  mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
  writeFileSync(path.join(dist, "build-manifest.json"), JSON.stringify({ rootMainFiles: ["static/chunks/a.js", "static/chunks/b.js", "static/chunks/c.css"] }));
  for (const file of ["a.js", "b.js", "c.css", "lazy.js"]) writeFileSync(path.join(dist, "static/chunks", file), `/* ${file} */`);
  return dist;
}

describe("addCompileHints", () => {
  it("marks the root main scripts once, and nothing else", () => {
    const dist = fakeBuild();
    expect(addCompileHints(dist)).toEqual(["static/chunks/a.js", "static/chunks/b.js"]);
    expect(addCompileHints(dist)).toEqual([]);
    const read = (file: string) => readFileSync(path.join(dist, "static/chunks", file), "utf8");
    expect(read("a.js")).toBe(`${COMPILE_HINT}/* a.js */`);
    expect(read("b.js")).toBe(`${COMPILE_HINT}/* b.js */`);
    expect(read("c.css")).toBe("/* c.css */");
    expect(read("lazy.js")).toBe("/* lazy.js */");
  });

  it("does nothing without a build", () => {
    expect(addCompileHints(path.join(tmpdir(), "no-such-build-dir"))).toEqual([]);
  });
});
