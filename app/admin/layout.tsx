import type { ReactNode } from "react";

import { Link } from "@/components/ui/link";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <nav aria-label="Administration" className="flex gap-4 text-sm">
        <Link href="/admin/users">Users</Link>
        <Link href="/admin/audit">Audit log</Link>
      </nav>
      {children}
    </div>
  );
}
