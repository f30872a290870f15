import type { ReactNode } from "react";

import { AccountNav } from "@/components/auth/account-nav";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
      <AccountNav />
      <div className="min-w-0 space-y-6">{children}</div>
    </div>
  );
}
