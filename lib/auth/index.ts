import "server-only";

import NextAuth from "next-auth";

import { buildAuthConfig } from "./config";

// The config is built on first use, not at import: `next build` imports this module, and the secret
// (possibly generated into the data directory) belongs to the running server.
let config: ReturnType<typeof buildAuthConfig> | undefined;

export const { handlers, auth, signIn, signOut } = NextAuth(() => (config ??= buildAuthConfig()));
