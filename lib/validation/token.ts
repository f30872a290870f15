import { z } from "zod";

export const API_SCOPES = ["submissions:write", "submissions:review", "scenarios:read", "scenarios:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
export const apiScopeSchema = z.enum(API_SCOPES, { message: `Scope must be one of ${API_SCOPES.join(", ")}` });

export const API_SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  "submissions:write": "Submit benchmark results",
  "submissions:review": "Review submissions (moderators and admins only)",
  "scenarios:read": "Read your and your teams' scenarios",
  "scenarios:write": "Create and edit scenarios",
};

export const tokenNameSchema = z
  .string({ message: "Enter a token name" })
  .trim()
  .min(1, "Enter a token name")
  .max(80, "Token name must be at most 80 characters");

/** A token expires after this many days unless another expiry (or "never") is chosen. */
export const DEFAULT_TOKEN_EXPIRY_DAYS = 90;

export const createApiTokenSchema = z.object({
  name: tokenNameSchema,
  scopes: z
    .array(apiScopeSchema, { message: "Choose at least one scope" })
    .min(1, "Choose at least one scope")
    .transform((scopes) => [...new Set(scopes)]),
  // Unset = the default; "never" only when asked for explicitly.
  expiresInDays: z
    .union([
      z.literal("never"),
      z.coerce.number({ message: 'Expiry must be a number of days or "never"' }).int("Whole days only").min(1, "At least 1 day").max(3650, "At most 3650 days"),
    ])
    .optional()
    .transform((v) => v ?? DEFAULT_TOKEN_EXPIRY_DAYS),
});

/** Comma-separated scopes, as the admin CLI takes them. */
export const scopeListSchema = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(apiScopeSchema).min(1, "Give at least one scope"));
