// npm run db:import -- FILE   loads a dump written by db:export into an empty, migrated database
// (npm run db:deploy first), in one transaction. DATABASE_URL selects the database.
import { createReadStream, existsSync } from "node:fs";

import { createPrismaClient } from "../lib/db/client";
import { DumpImportError, importDatabase } from "../ops/dump/import-database";
import { openDatabase } from "../ops/dump/open-database";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:import -- FILE");
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  const database = await openDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    const counts = await importDatabase(prisma, createReadStream(file));
    console.error(
      `Imported ${file}: ${Object.entries(counts)
        .map(([table, count]) => `${table} ${count}`)
        .join(", ")}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DumpImportError) {
      console.error(`Import refused: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
