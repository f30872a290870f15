// Prints the leaderboard API's JSON body (GET /api/v1/leaderboard?QUERY) for DATABASE_URL, computed
// in-process by the route handler: lets a test compare two databases (export → import round trip).
// Usage: tsx --conditions=react-server scripts/print-leaderboard.ts [QUERY]
import { GET } from "../app/api/v1/leaderboard/route";

async function main(): Promise<number> {
  const query = process.argv[2] ?? "";
  const response = await GET(new Request(`http://127.0.0.1/api/v1/leaderboard${query ? `?${query}` : ""}`), { params: Promise.resolve({}) });
  process.stdout.write(`${await response.text()}\n`);
  return response.status === 200 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
