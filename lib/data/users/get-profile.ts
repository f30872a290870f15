import "server-only";

import { assertUser } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

export async function getProfile({ user }: { user: UserRef }) {
  assertUser(user);
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      passwordHash: true,
      accounts: { select: { provider: true } },
    },
  });
  if (!row) throw new NotFoundError("Account not found");
  const { passwordHash, accounts, ...profile } = row;
  return { ...profile, hasPassword: passwordHash !== null, providers: accounts.map((a) => a.provider) };
}
