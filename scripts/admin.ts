// Non-interactive administration for self-hosters (run with `tsx --conditions=react-server`):
//   npm run admin -- create-user --email E --password P --role admin|moderator|user [--name N]
//   npm run admin -- create-token --email E --scopes S1,S2 [--name N] [--expires-in-days D|never]
//   npm run admin -- set-role --email E --role R
// create-token prints only the token on stdout; everything else goes to stderr. Exit codes:
// 0 done, 1 refused or failed (message on stderr), 2 usage error.
// DATABASE_URL selects the database; without it the embedded PostgreSQL server is started and stopped.
import { parseArgs } from "node:util";

const USAGE = `Usage: npm run admin -- <command> [options]
  create-user   --email E --password P [--role user|moderator|admin] [--name N]
                (or the password in ADMIN_PASSWORD instead of --password)
  create-token  --email E --scopes S1,S2 [--name N] [--expires-in-days D|never] (default 90 days)
                scopes: submissions:write, submissions:review (moderators/admins), scenarios:read, scenarios:write
                prints only the token on stdout
  set-role      --email E --role user|moderator|admin`;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

interface Database {
  url: string;
  stop(): Promise<void>;
}

async function openDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  const embedded = await import("../ops/embedded-postgres/index");
  const dataDir = embedded.resolveDataDir();
  const port = embedded.resolvePgPort();
  console.error(`DATABASE_URL is not set: using the embedded PostgreSQL server (data in ${dataDir}, port ${port}).`);
  const server = await embedded.startEmbeddedPostgres({ dataDir, port, log: (line) => console.error(`[postgres] ${line}`) });
  try {
    // A fresh clone may run the admin CLI before the app ever started: bring the schema up to date,
    // as `npm start` would.
    const { runMigrateDeploy } = await import("../ops/db-scripts");
    await runMigrateDeploy({ databaseUrl: server.url, stdio: "pipe" });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, stop: () => server.stop() };
}

type Options = Partial<Record<"email" | "password" | "role" | "name" | "scopes" | "expires-in-days", string>>;

function parseCommand(argv: string[]): { command: string; options: Options } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        email: { type: "string" },
        password: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        scopes: { type: "string" },
        "expires-in-days": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) throw new UsageError("");
  const [command, ...extra] = parsed.positionals;
  if (!command) throw new UsageError("Missing command.");
  if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  const options: Options = { ...parsed.values };
  delete (options as { help?: boolean }).help;
  return { command, options };
}

function required(options: Options, name: keyof Options): string {
  const value = options[name];
  if (value === undefined || value.trim() === "") throw new UsageError(`--${name} is required.`);
  return value;
}

function allowOnly(options: Options, allowed: (keyof Options)[]): void {
  for (const key of Object.keys(options) as (keyof Options)[]) {
    if (!allowed.includes(key)) throw new UsageError(`--${key} does not apply to this command.`);
  }
}

const ROLES = ["user", "moderator", "admin"] as const;
type Role = (typeof ROLES)[number];

function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}, got "${value}".`);
  return value as Role;
}

async function run(command: string, options: Options): Promise<void> {
  // Imported after DATABASE_URL is known: lib/db creates its client from it on import.
  const { OPERATOR } = await import("../lib/auth/types");
  switch (command) {
    case "create-user": {
      allowOnly(options, ["email", "password", "role", "name"]);
      const email = required(options, "email");
      const password = options.password ?? process.env.ADMIN_PASSWORD;
      if (!password) throw new UsageError("--password (or ADMIN_PASSWORD) is required.");
      const role = parseRole(options.role ?? "user");
      const { createUser } = await import("../lib/data/users/create-user");
      const user = await createUser({ actor: OPERATOR, email, password, role, name: options.name });
      console.log(`Created ${user.role} ${user.email} (id ${user.id})`);
      return;
    }
    case "create-token": {
      allowOnly(options, ["email", "scopes", "name", "expires-in-days"]);
      const email = required(options, "email");
      const { scopeListSchema } = await import("../lib/validation/token");
      const scopes = scopeListSchema.safeParse(required(options, "scopes"));
      if (!scopes.success) throw new UsageError(`--scopes: ${scopes.error.issues.map((i) => i.message).join("; ")}`);
      // 90 days unless asked otherwise; a token that never expires only with --expires-in-days never.
      let expiresInDays: number | "never" | undefined;
      if (options["expires-in-days"] !== undefined) {
        expiresInDays = options["expires-in-days"] === "never" ? "never" : Number(options["expires-in-days"]);
        if (expiresInDays !== "never" && (!Number.isInteger(expiresInDays) || expiresInDays < 1))
          throw new UsageError("--expires-in-days must be a whole number of days (1 or more) or never.");
      }
      const { findUserByEmail } = await import("../lib/data/users/find-user-by-email");
      const { createApiToken } = await import("../lib/data/tokens/create-api-token");
      // The operator issues the token on the user's behalf; it can hold only scopes the user's role allows.
      const owner = await findUserByEmail({ actor: OPERATOR, email });
      const { token } = await createApiToken({ user: owner, name: options.name ?? "cli", scopes: scopes.data, expiresInDays, reauth: "operator", via: "cli" });
      process.stdout.write(`${token}\n`);
      return;
    }
    case "set-role": {
      allowOnly(options, ["email", "role"]);
      const email = required(options, "email");
      const role = parseRole(required(options, "role"));
      const { findUserByEmail } = await import("../lib/data/users/find-user-by-email");
      const { setUserRole } = await import("../lib/data/users/set-user-role");
      const target = await findUserByEmail({ actor: OPERATOR, email });
      const updated = await setUserRole({ user: OPERATOR, targetUserId: target.id, role });
      console.log(`${updated.email} is now ${updated.role}`);
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

function describe(error: unknown): string {
  if ((error as { code?: string }).code === "P2021") {
    return "The database has no TokenCost tables: apply the migrations first (npm run db:deploy).";
  }
  const errors = (error as { errors?: { path: string; message: string }[] }).errors;
  if (Array.isArray(errors) && errors.length > 0) return errors.map((e) => `${e.path}: ${e.message}`).join("\n");
  return (error as Error)?.message ?? String(error);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseCommand(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) console.error(error.message);
      console.error(USAGE);
      return EXIT_USAGE;
    }
    throw error;
  }
  let database: Database | undefined;
  try {
    database = await openDatabase();
    process.env.DATABASE_URL = database.url;
    await run(parsed.command, parsed.options);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      console.error(USAGE);
      return EXIT_USAGE;
    }
    console.error(`admin ${parsed.command} failed: ${describe(error)}`);
    return EXIT_FAILED;
  } finally {
    try {
      const { db } = await import("../lib/db");
      await db.$disconnect();
    } catch {
      // Nothing was connected.
    }
    await database?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(EXIT_FAILED);
  },
);
