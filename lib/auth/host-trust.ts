// Which origin the app believes it is served from. A configured AUTH_URL / PUBLIC_URL always wins;
// the Host header is trusted for Auth.js's own URLs only outside production, when AUTH_TRUST_HOST is
// set explicitly, or when a public URL is configured (then Auth.js uses that URL anyway).
// X-Forwarded-Host is never used to build links we hand out.

export function configuredPublicOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const value of [env.AUTH_URL, env.PUBLIC_URL]) {
    if (!value?.trim()) continue;
    try {
      return new URL(value.trim()).origin;
    } catch {
      // A malformed setting must not widen what we accept; the next one may still be valid.
    }
  }
  return null;
}

export function resolveTrustHost(env: NodeJS.ProcessEnv = process.env): boolean {
  const explicit = env.AUTH_TRUST_HOST?.trim().toLowerCase();
  if (explicit === "true" || explicit === "1") return true;
  if (explicit === "false" || explicit === "0") return false;
  if (configuredPublicOrigin(env)) return true;
  return env.NODE_ENV !== "production";
}

export const MIN_AUTH_SECRET_BYTES = 32;

/** A configured AUTH_SECRET that is too short to resist guessing is refused at start. */
export function assertAuthSecretStrength(secret: string): void {
  const bytes = Buffer.byteLength(secret, "utf8");
  if (bytes < MIN_AUTH_SECRET_BYTES) {
    throw new Error(
      `AUTH_SECRET is ${bytes} bytes; at least ${MIN_AUTH_SECRET_BYTES} are required. Generate one with: node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))"`,
    );
  }
}

/** Origin for absolute links (invitations): the configured public URL, else the Host the request came to. */
export function linkOrigin(headers: Pick<Headers, "get">, env: NodeJS.ProcessEnv = process.env): string {
  const configured = configuredPublicOrigin(env);
  if (configured) return configured;
  const host = headers.get("host")?.trim();
  const safeHost = host && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host) ? host : "localhost";
  return `http://${safeHost}`;
}
