// npm run test:external-pg — the database-facing tests against an independent PostgreSQL: Debian's
// PostgreSQL 15 (installed with apt when missing), a throwaway cluster in a temp dir on a loopback port,
// stopped and deleted afterwards. CI runs it next to the default (embedded PostgreSQL 18) run.
// Every integration test that uses the database under test (all of lib/data, migrations, importers, the
// authorization matrix), then the production server launched on that database (migrate, seed, serve)
// through the catalog and leaderboard browser specs. Unit tests touch no database, the other browser
// specs exercise the same queries the integration tests do, and the files in ONCE_ONLY below exercise
// nothing a server version changes, so they run once, in `npm test`: CI stays well under 20 minutes.
import { spawn } from "node:child_process";

import { startExternalPostgres } from "../tests/support/external-pg";

// The browser specs serve an existing build, the one in NEXT_DIST_DIR (default .next, the default run's):
// the code is the same, only the database differs.
// Integration files that exercise nothing a PostgreSQL version could change run once, in `npm test`:
// - launcher-restart.test.ts and admin-cli.test.ts's fresh-clone case only drive the embedded server
//   (they unset DATABASE_URL), so a second run here would repeat the first one minute for minute;
//   admin-cli.test.ts's other case checks the CLI's arguments, output and exit codes, and the rows it
//   writes (a user, a token, audit entries) are written by the same lib/data code the auth, token and
//   authorization-matrix tests run here;
// - submissions/fuzz.test.ts sends thousands of malformed payloads that validation refuses: the queries
//   they reach (the caller's token, catalog lookups, row counts) are the ones submissions/api.test.ts
//   and submissions/imports.test.ts make here with well-formed and invalid payloads;
// - auth/client-ip-socket.test.ts reads the client address off a socket and opens no database.
// Everything that touches SQL (lib/data, raw queries, migrations, the seed, imports, export/import,
// the authorization matrix) runs on both servers.
const ONCE_ONLY = [
  "tests/integration/launcher-restart.test.ts",
  "tests/integration/auth/admin-cli.test.ts",
  "tests/integration/submissions/fuzz.test.ts",
  "tests/integration/auth/client-ip-socket.test.ts",
];
const ALL_STEPS = {
  integration: ["test:integration", "--", ...ONCE_ONLY.flatMap((file) => ["--exclude", file])],
  e2e: ["test:e2e:prebuilt", "--", "e2e/catalog.spec.ts", "e2e/leaderboard.spec.ts"],
};
// --only=integration / --only=e2e: one half, on its own throwaway server (CI runs both beside npm test,
// the browser specs on a build of their own: .ci/run).
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
if (only !== undefined && !(only in ALL_STEPS)) {
  console.error(`[test:external-pg] --only must be one of ${Object.keys(ALL_STEPS).join(", ")}`);
  process.exit(2);
}
const STEPS: string[][] = only ? [ALL_STEPS[only as keyof typeof ALL_STEPS]] : Object.values(ALL_STEPS);

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
    const what =
      only === "integration"
        ? "integration"
        : only === "e2e"
          ? "the catalog/leaderboard browser specs"
          : "integration and the catalog/leaderboard browser specs";
    console.log(`\n[test:external-pg] ${what} passed on PostgreSQL ${server.majorVersion}`);
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
