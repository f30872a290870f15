import type { ApiScope } from "@/lib/validation/token";

// What leaves lib/data about a token: never its hash.
export const apiTokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;

export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export type ApiTokenStatus = "active" | "revoked" | "expired";

export function apiTokenStatus(token: Pick<ApiTokenSummary, "revokedAt" | "expiresAt">, now = new Date()): ApiTokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

export type { ApiScope };
