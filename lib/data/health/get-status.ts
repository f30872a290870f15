import "server-only";

import { checkDatabase } from "./check-database";

// The smallest dynamic page of the app: one trivial query. Also the benchmark's baseline.
export async function getStatus() {
  const database = await checkDatabase();
  return { time: new Date().toISOString(), database };
}
