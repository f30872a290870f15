import { z } from "zod";

import { isCommonPassword } from "@/lib/auth/common-passwords";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
// The UI recommends this length; the server accepts anything from PASSWORD_MIN_LENGTH up.
export const PASSWORD_RECOMMENDED_LENGTH = 16;

export const SITE_ROLES = ["user", "moderator", "admin"] as const;
export const siteRoleSchema = z.enum(SITE_ROLES, { message: "Role must be user, moderator or admin" });
export type SiteRoleName = z.infer<typeof siteRoleSchema>;

export const emailSchema = z
  .string({ message: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address")
  .max(254, "Email address is too long")
  .pipe(z.email({ message: "Enter a valid email address" }));

export const newPasswordSchema = z
  .string({ message: "Enter a password" })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .refine((password) => password.length < PASSWORD_MIN_LENGTH || !isCommonPassword(password), "This password is one of the most common ones: choose another");

// Sign-in only checks bounds: a stored password may predate today's rules, and the length cap keeps
// hashing cost bounded for hostile input.
const existingPasswordSchema = z
  .string({ message: "Enter your password" })
  .min(1, "Enter your password")
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const displayNameSchema = z
  .string()
  .trim()
  .max(80, "Name must be at most 80 characters")
  .transform((s) => (s === "" ? null : s));

export const signInSchema = z.object({
  email: emailSchema,
  password: existingPasswordSchema,
});

export const signUpSchema = z
  .object({
    email: emailSchema,
    name: displayNameSchema.optional(),
    password: newPasswordSchema,
    confirmPassword: z.string({ message: "Repeat the password" }),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });

export const changePasswordSchema = z
  .object({
    currentPassword: existingPasswordSchema,
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ message: "Repeat the new password" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });

export const profileSchema = z.object({ name: displayNameSchema });
