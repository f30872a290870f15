// The production server (`next start`) for fault tests, in its own process group so a test can kill -9
// all of it, and start it again on the same port. Serves the build in NEXT_DIST_DIR (default .next),
// building it when there is none.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

import { ensureProductionBuild } from "../../../ops/production-build";
import { serverNodeOptions } from "../../../ops/server-node-options";

const root = path.resolve(import.meta.dirname, "../../..");

export interface AppServer {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** stdout + stderr so far (for failure messages and log checks). */
  output(): string;
  isAlive(): boolean;
  /** SIGKILL to the whole process group: no shutdown hooks, no graceful close. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function startAppServer(options: { databaseUrl: string; port: number; env?: NodeJS.ProcessEnv }): Promise<AppServer> {
  await ensureProductionBuild();
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "faults-only-secret-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      NODE_OPTIONS: serverNodeOptions(),
      ...options.env,
    },
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log = (log + chunk.toString("utf8")).slice(-200_000)));
  child.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString("utf8")).slice(-200_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const isAlive = () => child.exitCode === null && child.signalCode === null;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const server: AppServer = {
    baseUrl,
    port: options.port,
    child,
    output: () => log,
    isAlive,
    kill9: async () => {
      signalGroup("SIGKILL");
      await exited;
    },
    stop: async () => {
      if (!isAlive()) return;
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && isAlive()) {
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`next start did not become healthy on ${baseUrl}:\n${log.slice(-4000)}`);
}
