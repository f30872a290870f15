import type { Metadata } from "next";

import { getStatus } from "@/lib/data/health/get-status";

export const metadata: Metadata = { title: "Status" };
export const dynamic = "force-dynamic";

export default async function StatusPage() {
  const status = await getStatus();
  return (
    <div className="space-y-2">
      <h1>Status</h1>
      <p data-testid="db-status">Database: {status.database.ok ? `up (${status.database.latencyMs} ms)` : "down"}</p>
      <p className="text-sm text-slate-500">Server time {status.time}</p>
    </div>
  );
}
