// npm run test:external-pg — the database-facing tests against an independent PostgreSQL: Debian's
// PostgreSQL 15 (installed with apt when missing), a throwaway cluster in a temp dir on a loopback port,
// stopped and deleted afterwards. CI runs it next to the default (embedded PostgreSQL 18) run.
// Every integration test that uses the database under test (all of lib/data, migrations, importers, the
// authorization matrix), then the production server launched on that database (migrate, seed, serve)
// through the catalog and leaderboard browser specs. Unit tests touch no database and the other browser specs exercise the same queries
// the integration tests do, so they run once, in `npm test`: CI stays well under 20 minutes.
import { spawn } from "node:child_process";

import { startExternalPostgres } from "../tests/support/external-pg";

// The build from the default run is reused: the code is the same, only the database differs.
// launcher-restart.test.ts only drives the embedded server (it unsets DATABASE_URL), so a second run
// here would repeat the first one minute for minute.
const STEPS: string[][] = [
  ["test:integration", "--", "--exclude", "tests/integration/launcher-restart.test.ts"],
  ["test:e2e:prebuilt", "--", "e2e/catalog.spec.ts", "e2e/leaderboard.spec.ts"],
];

function runNpm([script, ...args]: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", script, ...args], { stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const server = await startExternalPostgres({ portRange: [56000, 56999] });
  console.log(`[test:external-pg] PostgreSQL ${server.majorVersion} at ${server.url} (cluster in ${server.dataDir})`);
  const stop = () => void server.stop().finally(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const e2eUrl = await server.createDatabase("tokencost_e2e");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // Integration: a fresh database per run on this server (tests/support/select-test-pg.ts).
      TEST_DATABASE_URL: server.url,
      // E2E: the launcher migrates and seeds this database instead of starting the embedded server.
      E2E_EXTERNAL_DATABASE_URL: e2eUrl,
    };
    for (const step of STEPS) {
      console.log(`\n[test:external-pg] npm run ${step.join(" ")} (PostgreSQL ${server.majorVersion})`);
      const code = await runNpm(step, env);
      if (code !== 0) {
        console.error(`[test:external-pg] ${step.join(" ")} failed (exit ${code})`);
        return code;
      }
    }
    console.log(`\n[test:external-pg] integration and the catalog/leaderboard browser specs passed on PostgreSQL ${server.majorVersion}`);
    return 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
