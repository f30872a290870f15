import "server-only";

import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { headers } from "next/headers";

import { recordAudit } from "@/lib/data/audit/record-audit";
import { getDisplayProfile } from "@/lib/data/users/get-display-profile";
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";

import { clientIpFromHeaders } from "./client-ip";
import { verifyCredentials } from "./credentials";
import { resolveTrustHost } from "./host-trust";
import { safeRedirectUrl } from "./safe-redirect";
import { resolveAuthSecret } from "./secret";
import { closeSessionRecord, openSessionRecord, resolveSessionClaims, SESSION_MAX_AGE_SECONDS } from "./session-store";

type Provider = NextAuthConfig["providers"][number];

/** Which OAuth providers are configured: each only when both its id and secret are set. */
export function enabledOAuthProviders(env: NodeJS.ProcessEnv = process.env): ("github" | "google")[] {
  const enabled: ("github" | "google")[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) enabled.push("github");
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) enabled.push("google");
  return enabled;
}

function buildProviders(): Provider[] {
  const providers: Provider[] = [
    Credentials({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => verifyCredentials(credentials ?? {}, clientIpFromHeaders(request.headers)),
    }),
  ];
  const oauth = enabledOAuthProviders();
  // Auth.js reads AUTH_GITHUB_ID/SECRET and AUTH_GOOGLE_ID/SECRET itself.
  if (oauth.includes("github")) providers.push(GitHub);
  if (oauth.includes("google")) providers.push(Google);
  return providers;
}

/**
 * The signing-in browser's User-Agent, to label its session. Every sign-in (the sign-in form's server
 * action, Auth.js's credentials and OAuth callback routes) runs inside a request; outside one there is
 * no browser to name, and a missing label must not fail the sign-in.
 */
async function signInUserAgent(): Promise<string | null> {
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}

export function buildAuthConfig(): NextAuthConfig {
  return {
    // Used by OAuth sign-ins to create users and link accounts; sessions stay JWTs.
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    secret: resolveAuthSecret(),
    // Off in production unless AUTH_URL/PUBLIC_URL (or AUTH_TRUST_HOST=true) says where we are served;
    // the launcher sets a localhost AUTH_URL when nothing is configured (lib/auth/host-trust.ts).
    trustHost: resolveTrustHost(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: buildProviders(),
    callbacks: {
      async jwt({ token, user, trigger }) {
        if (trigger === "signIn" || trigger === "signUp") {
          if (!user?.id) return null;
          const session = await openSessionRecord(user.id, { userAgent: await signInUserAgent() });
          token.sub = user.id;
          token.sid = session.sid;
          token.sv = session.sessionVersion;
        }
        // Every read of the session re-checks the server side: revoked or outdated sessions end here.
        const signedIn = await resolveSessionClaims(token);
        if (!signedIn) return null;
        // Auth.js's own session endpoint shows the name and email; authorization never reads them.
        const profile = await getDisplayProfile({ user: signedIn });
        token.email = profile.email;
        token.name = profile.name;
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub ?? "" } };
      },
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
    },
    events: {
      async signIn({ user, account }) {
        // Password sign-ins are audited in verifyCredentials, where the client IP is known.
        if (account && account.provider !== "credentials" && user.id) {
          await recordAudit({
            actorId: user.id,
            action: "auth.signin.success",
            targetType: "user",
            targetId: user.id,
            metadata: { provider: account.provider },
          });
        }
      },
      async signOut(message) {
        if (!("token" in message) || !message.token) return;
        await closeSessionRecord(message.token.sid);
        const userId = typeof message.token.sub === "string" ? message.token.sub : null;
        if (userId) await recordAudit({ actorId: userId, action: "auth.signout", targetType: "user", targetId: userId });
      },
    },
    logger: {
      error(error) {
        // A wrong password is an expected outcome (audited), not a server error.
        if ((error as { type?: string }).type === "CredentialsSignin") return;
        logger.error("auth", { error });
      },
      warn(code) {
        if (code === "debug-enabled") return;
        logger.warn("auth", { code });
      },
    },
  };
}
