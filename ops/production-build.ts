// The production build the ops tooling serves (fault tests, load bench, Lighthouse, bundle check):
// NEXT_DIST_DIR (default .next, see next.config.ts) so it can live next to a build someone else is
// making in .next. Builds when missing, after waiting for a `next build` already running.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..");

export function resolveDistDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot, env.NEXT_DIST_DIR?.trim() || ".next");
}

function buildRunning(): boolean {
  return spawnSync("pgrep", ["-f", "next build|next-build"], { encoding: "utf8" }).stdout.trim() !== "";
}

export async function ensureProductionBuild(): Promise<string> {
  const distDir = resolveDistDir();
  const deadline = Date.now() + 15 * 60_000;
  while (!existsSync(path.join(distDir, "BUILD_ID")) && buildRunning() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  if (existsSync(path.join(distDir, "BUILD_ID"))) return distDir;
  console.log(`No production build in ${path.relative(repoRoot, distDir)}: running next build (a few minutes)...`);
  const result = spawnSync(process.execPath, [path.join(repoRoot, "node_modules/next/dist/bin/next"), "build"], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0 || !existsSync(path.join(distDir, "BUILD_ID"))) throw new Error("next build failed");
  return distDir;
}
