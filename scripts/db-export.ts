// npm run db:export -- FILE   writes a versioned dump of the database (ops/dump/format.ts) to FILE
// ("-" for stdout). DATABASE_URL selects the database; without it the embedded server is used.
import { createWriteStream } from "node:fs";
import { chmod, rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";

import { createPrismaClient } from "../lib/db/client";
import { exportDatabase } from "../ops/dump/export-database";
import { openDatabase } from "../ops/dump/open-database";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:export -- FILE   (FILE = - for stdout)");
    return 2;
  }
  const database = await openDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    // Written to FILE.partial and renamed at the end: a failed export never looks like a complete dump.
    const target = file === "-" ? undefined : `${file}.partial`;
    // The dump holds password hashes and e-mail addresses: readable by its owner only (mode 0600),
    // also when a leftover FILE.partial had wider permissions.
    if (target) await rm(target, { force: true });
    const output = target ? createWriteStream(target, { mode: 0o600, flags: "wx" }) : process.stdout;
    const counts = await exportDatabase(prisma, output);
    if (target) {
      output.end();
      await finished(output);
      await chmod(target, 0o600);
      await rename(target, file);
    }
    console.error(
      `Exported to ${file}: ${Object.entries(counts)
        .map(([table, count]) => `${table} ${count}`)
        .join(", ")}`,
    );
    return 0;
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
