import "server-only";

import { createPrismaClient, type PrismaClient } from "./client";

// One client per process, created on first use (the build imports this module without a database),
// and kept across Next dev-server hot reloads.
const globalForDb = globalThis as unknown as { tokencostDb?: PrismaClient; tokencostDbRead?: PrismaClient };

function getClient(): PrismaClient {
  globalForDb.tokencostDb ??= createPrismaClient();
  return globalForDb.tokencostDb;
}

// A client that resolves its connection on first use, so importing this module needs no database.
function lazyClient(resolve: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const client = resolve();
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

export const db: PrismaClient = lazyClient(getClient);

// Read-only queries that tolerate replication lag (catalog lists, the ranking snapshot) may use `dbRead`:
// DATABASE_READ_URL (a read replica) when set, else the primary. Never for read-your-writes paths.
function getReadClient(): PrismaClient {
  const readUrl = process.env.DATABASE_READ_URL?.trim();
  if (!readUrl) return getClient();
  globalForDb.tokencostDbRead ??= createPrismaClient(readUrl);
  return globalForDb.tokencostDbRead;
}

export const dbRead: PrismaClient = lazyClient(getReadClient);

export { Prisma } from "@/lib/generated/prisma/client";
