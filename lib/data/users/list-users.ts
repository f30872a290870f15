import "server-only";

import { z } from "zod";

import { assertSiteRole } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { siteRoleSchema } from "@/lib/validation/auth";
import { toFieldErrors } from "@/lib/validation/field-errors";

export const userListQuerySchema = z.object({
  q: z.string().trim().max(254).optional(),
  role: siteRoleSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type UserListQuery = z.input<typeof userListQuerySchema>;

/** Site admins only: everyone's account, without secrets. */
export async function listUsers({ user, query = {} }: { user: UserRef; query?: UserListQuery }) {
  assertSiteRole(user, "admin");
  const parsed = userListQuerySchema.safeParse(query);
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error));
  const { q, role, page, pageSize } = parsed.data;
  const where = {
    ...(role ? { role } : {}),
    ...(q ? { OR: [{ email: { contains: q, mode: "insensitive" as const } }, { name: { contains: q, mode: "insensitive" as const } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        createdAt: true,
        _count: { select: { memberships: true, apiTokens: { where: { revokedAt: null } } } },
      },
    }),
    db.user.count({ where }),
  ]);
  const users = rows.map(({ _count, ...row }) => ({ ...row, teamCount: _count.memberships, activeTokenCount: _count.apiTokens }));
  return { users, total, page, pageSize };
}
