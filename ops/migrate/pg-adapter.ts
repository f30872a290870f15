import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

// PostgreSQL's internal one-byte `"char"` type (pg_constraint.contype, pg_class.relkind, ...), which the
// schema engine's catalog queries return and @prisma/adapter-pg 7.10 refuses to deserialize.
const CHAR_OID = 18;
const TEXT_OID = 25;

/** Result rows arrays that held `"char"` columns → indexes of those columns (the adapter returns the same array). */
const charColumnsByRows = new WeakMap<object, number[]>();

function relabelCharColumns<T>(result: T): T {
  const maybe = result as { fields?: { dataTypeID: number }[]; rows?: object };
  if (!maybe?.fields || !maybe.rows) return result;
  const indexes: number[] = [];
  maybe.fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    }
  });
  if (indexes.length > 0) charColumnsByRows.set(maybe.rows, indexes);
  return result;
}

/**
 * pg client that shows `"char"` columns to the adapter as text (its values already arrive as strings),
 * remembering which columns they were so `queryRaw` can report them as Character: the engine reads
 * e.g. contype as a char and panics on text ("Getting constraint_type ... as char failed", PG 18).
 */
class CharAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    (this as { query: unknown }).query = (...args: unknown[]) => {
      const callbackIndex = args.findIndex((arg) => typeof arg === "function");
      if (callbackIndex >= 0) {
        const callback = args[callbackIndex] as (error: unknown, result: unknown) => void;
        args[callbackIndex] = (error: unknown, result: unknown) => callback(error, error ? result : relabelCharColumns(result));
        return query(...args);
      }
      const returned = query(...args);
      return returned instanceof Promise ? returned.then(relabelCharColumns) : returned;
    };
  }
}

function markCharColumns(resultSet: SqlResultSet): SqlResultSet {
  const indexes = charColumnsByRows.get(resultSet.rows);
  if (!indexes) return resultSet;
  const columnTypes = [...resultSet.columnTypes];
  for (const index of indexes) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...resultSet, columnTypes };
}

function patchQueryRaw<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query: SqlQuery) => markCharColumns(await queryRaw(query));
  return queryable;
}

/** Splits `?schema=` off the URL: pg does not know it, the adapter takes it as an option. */
function parseDatabaseUrl(databaseUrl: string): { connectionString: string; schema?: string } {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? undefined;
  url.searchParams.delete("schema");
  return { connectionString: url.toString(), schema };
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

interface AdapterInternals {
  onError(error: unknown): never;
}

export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Ends every pool opened for the engine and drops shadow databases it left behind. */
  close(): Promise<void>;
}

/**
 * Driver adapter factory for the WASM schema engine: adapter-pg with the `"char"` fix, whole-script
 * execution, and a shadow database this factory creates and drops itself.
 */
export function createMigrationAdapterFactory(databaseUrl: string): MigrationAdapterFactory {
  const { connectionString, schema } = parseDatabaseUrl(databaseUrl);
  const openAdapters = new Set<SqlDriverAdapter>();
  const shadowDatabases = new Set<string>();

  async function openAdapter(url: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    // One connection, as the native engine uses: its session-level advisory lock must be taken and released
    // on the same session, or a later lock attempt waits forever on the pool's other connection.
    const pool = new pg.Pool({ connectionString: url, Client: CharAsTextClient, max: 1 });
    const adapter = await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect();
    patchQueryRaw(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => patchQueryRaw<Transaction>(await startTransaction(isolationLevel));
    // adapter-pg splits scripts on ";" (breaking string literals and $$ bodies) and runs each statement in
    // autocommit; one simple-protocol query runs the migration as one implicit transaction, like Prisma's engine.
    adapter.executeScript = async (script: string) => {
      // onError maps pg errors to the DriverAdapterError shape the engine reports (code, message, hint).
      await pool.query(script).catch((error: unknown) => (adapter as unknown as AdapterInternals).onError(error));
    };
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      openAdapters.delete(adapter);
      await dispose();
      await onDispose?.();
    };
    openAdapters.add(adapter);
    return adapter;
  }

  async function runAdmin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async function dropShadowDatabase(name: string): Promise<void> {
    shadowDatabases.delete(name);
    await runAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => openAdapter(connectionString),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomBytes(8).toString("hex")}`;
      await runAdmin(`CREATE DATABASE "${name}"`);
      shadowDatabases.add(name);
      return openAdapter(withDatabase(connectionString, name), () => dropShadowDatabase(name));
    },
    async close() {
      for (const adapter of [...openAdapters]) await adapter.dispose();
      for (const name of [...shadowDatabases]) await dropShadowDatabase(name);
    },
  };
}
