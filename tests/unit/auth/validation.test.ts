import { describe, expect, it } from "vitest";

import { isCommonPassword } from "@/lib/auth/common-passwords";
import { scopesAllowedForRole } from "@/lib/auth/roles";
import { changePasswordSchema, signUpSchema } from "@/lib/validation/auth";
import { createInvitationSchema, invitationTokenSchema } from "@/lib/validation/team";
import { createApiTokenSchema, scopeListSchema } from "@/lib/validation/token";

describe("account validation", () => {
  const base = { email: " Person@Example.COM ", name: "", password: "twelve chars", confirmPassword: "twelve chars" };

  it("accepts passwords of 12 to 128 characters and normalises the email", () => {
    expect(signUpSchema.parse(base)).toMatchObject({ email: "person@example.com", name: null, password: "twelve chars" });
    const longest = "x".repeat(128);
    expect(signUpSchema.safeParse({ ...base, password: longest, confirmPassword: longest }).success).toBe(true);
  });

  it("refuses too short, too long, mismatched passwords and bad emails, per field", () => {
    const result = signUpSchema.safeParse({ email: "not-an-email", password: "7 chars", confirmPassword: "other" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["email", "password"]));
    const tooLong = "x".repeat(129);
    expect(signUpSchema.safeParse({ ...base, password: tooLong, confirmPassword: tooLong }).error?.issues[0]).toMatchObject({
      path: ["password"],
      message: "Password must be at most 128 characters",
    });
    expect(signUpSchema.safeParse({ ...base, confirmPassword: "different" }).error?.issues[0]).toMatchObject({ path: ["confirmPassword"] });
    expect(changePasswordSchema.safeParse({ currentPassword: "", newPassword: "long enough!", confirmPassword: "long enough!" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "eleven char", confirmPassword: "eleven char" }).error?.issues[0]).toMatchObject({
      path: ["password"],
      message: "Password must be at least 12 characters",
    });
  });

  it("refuses the most common passwords, whatever their case", () => {
    for (const common of ["qwerty123456", "1q2w3e4r5t6y", "QAZWSXEDCRFV", "LeaveMeAlone"]) {
      expect(signUpSchema.safeParse({ ...base, password: common, confirmPassword: common }).error?.issues[0], common).toMatchObject({
        path: ["password"],
        message: "This password is one of the most common ones: choose another",
      });
    }
    expect(isCommonPassword("123456")).toBe(true);
    expect(isCommonPassword("a passphrase of five words")).toBe(false);
  });
});

describe("token and team validation", () => {
  it("knows the four scopes and de-duplicates them", () => {
    expect(createApiTokenSchema.parse({ name: " ci ", scopes: ["scenarios:read", "scenarios:read"] })).toEqual({
      name: "ci",
      scopes: ["scenarios:read"],
      expiresInDays: 90,
    });
    expect(createApiTokenSchema.parse({ name: "ci", scopes: ["scenarios:read"], expiresInDays: "never" }).expiresInDays).toBe("never");
    expect(createApiTokenSchema.safeParse({ name: "ci", scopes: ["scenarios:read"], expiresInDays: "forever" }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: "ci", scopes: [] }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: "ci", scopes: ["admin"] }).success).toBe(false);
    expect(scopeListSchema.parse("submissions:write, scenarios:read")).toEqual(["submissions:write", "scenarios:read"]);
    expect(scopeListSchema.safeParse("").success).toBe(false);
  });

  it("gives submissions:review to moderators and admins only", () => {
    expect(scopesAllowedForRole("user")).toEqual(["submissions:write", "scenarios:read", "scenarios:write"]);
    expect(scopesAllowedForRole("moderator")).toContain("submissions:review");
    expect(scopesAllowedForRole("admin")).toHaveLength(4);
  });

  it("never lets an invitation grant ownership", () => {
    expect(createInvitationSchema.safeParse({ teamId: "t1", role: "owner" }).success).toBe(false);
    expect(createInvitationSchema.parse({ teamId: "t1" })).toMatchObject({ role: "member", expiresInDays: 7 });
    expect(invitationTokenSchema.safeParse("tci_" + "a".repeat(43)).success).toBe(true);
    expect(invitationTokenSchema.safeParse("tci_short").success).toBe(false);
  });
});
