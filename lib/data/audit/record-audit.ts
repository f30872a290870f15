import "server-only";

import { db, type Prisma } from "@/lib/db";

/** Every action name written to the audit log, so the admin page can filter by them. */
export const AUDIT_ACTIONS = [
  "auth.signin.success",
  "auth.signin.failure",
  "auth.signup",
  "auth.signup.existing_email",
  "auth.signout",
  "auth.sessions.revoke_all",
  "auth.password.change",
  "user.create",
  "user.role.change",
  "team.create",
  "team.delete",
  "team.invitation.create",
  "team.invitation.revoke",
  "team.invitation.accept",
  "team.invitation.decline",
  "team.member.role_change",
  "team.member.remove",
  "team.member.leave",
  "team.ownership.transfer",
  "token.create",
  "token.revoke",
  "submission.create",
  "submission.import",
  "submission.approve",
  "submission.reject",
  "scenario.create",
  "scenario.update",
  "scenario.clone",
  "scenario.delete",
] as const;
// Only listed actions: the admin page's filter offers exactly what can be written.
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** Null for anonymous callers (failed sign-ins) and the CLI operator. */
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  metadata?: Record<string, string | number | boolean | null | string[]>;
}

type Client = Prisma.TransactionClient | typeof db;

/**
 * Written by lib/data and lib/auth as part of the operation it records (pass the transaction so
 * both commit or neither does). Never holds secrets: no passwords, tokens or hashes.
 */
export async function recordAudit(entry: AuditEntry, client: Client = db): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      metadata: entry.metadata ?? {},
    },
    select: { id: true },
  });
}
