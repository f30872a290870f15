import { z } from "zod";

export const TEAM_ROLES = ["owner", "admin", "member"] as const;
export const teamRoleSchema = z.enum(TEAM_ROLES, { message: "Role must be owner, admin or member" });
export type TeamRoleName = z.infer<typeof teamRoleSchema>;
// Ownership moves only through a transfer, so invitations and role changes never grant it.
export const assignableTeamRoleSchema = z.enum(["admin", "member"], { message: "Role must be admin or member" });

export const idSchema = z.string({ message: "Missing id" }).trim().min(1, "Missing id").max(64, "Invalid id");

export const teamNameSchema = z
  .string({ message: "Enter a team name" })
  .trim()
  .min(2, "Team name must be at least 2 characters")
  .max(80, "Team name must be at most 80 characters");

export const createTeamSchema = z.object({ name: teamNameSchema });

export const createInvitationSchema = z.object({
  teamId: idSchema,
  role: assignableTeamRoleSchema.default("member"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Email must be at most 254 characters")
    .transform((s) => (s === "" ? undefined : s))
    .pipe(z.email({ message: "Enter a valid email address" }).optional())
    .optional(),
  expiresInDays: z.coerce
    .number({ message: "Choose how many days the link is valid" })
    .int("Choose a whole number of days")
    .min(1, "At least 1 day")
    .max(30, "At most 30 days")
    .default(7),
});

export const invitationTokenSchema = z
  .string()
  .trim()
  .regex(/^tci_[A-Za-z0-9_-]{43}$/, "This invitation link is not valid");
