import "server-only";

import { z } from "zod";

import { assertSiteRole } from "@/lib/auth/roles";
import type { UserRef } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { toFieldErrors } from "@/lib/validation/field-errors";

export const auditLogQuerySchema = z.object({
  action: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z_.]*$/, "Unknown action")
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditLogQuery = z.input<typeof auditLogQuerySchema>;

export interface AuditLogRow {
  id: string;
  createdAt: Date;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  metadata: unknown;
}

/** Site admins only. Newest first. */
export async function listAuditLog({ user, query = {} }: { user: UserRef; query?: AuditLogQuery }) {
  assertSiteRole(user, "admin");
  const parsed = auditLogQuerySchema.safeParse(query);
  if (!parsed.success) throw new ValidationError(toFieldErrors(parsed.error));
  const { action, page, pageSize } = parsed.data;
  const where = action ? { action } : {};
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        createdAt: true,
        action: true,
        actorId: true,
        actor: { select: { email: true } },
        targetType: true,
        targetId: true,
        ip: true,
        metadata: true,
      },
    }),
    db.auditLog.count({ where }),
  ]);
  const entries: AuditLogRow[] = rows.map(({ actor, ...row }) => ({ ...row, actorEmail: actor?.email ?? null }));
  return { entries, total, page, pageSize };
}
