// DATABASE_URL selects the database for the dump CLIs; without it the embedded server (TOKENCOST_DATA_DIR,
// TOKENCOST_PG_PORT) is started for the duration of the command — the self-hoster's way out of it.
export async function openDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const url = process.env.DATABASE_URL?.trim();
  if (url) return { url, stop: async () => {} };
  const embedded = await import("../embedded-postgres/index");
  const dataDir = embedded.resolveDataDir();
  const port = embedded.resolvePgPort();
  console.error(`DATABASE_URL is not set: using the embedded PostgreSQL server (data in ${dataDir}, port ${port}).`);
  const server = await embedded.startEmbeddedPostgres({ dataDir, port, log: (line) => console.error(`[postgres] ${line}`) });
  return { url: server.url, stop: () => server.stop() };
}
