// The client address for rate limiting and audit rows. Next sets x-forwarded-for from the socket
// when absent; behind a proxy that appends, the right-most entry is the one the nearest proxy saw,
// which a client cannot choose. (Per-account limits do not depend on this value at all.)
const IP_PATTERN = /^[0-9A-Fa-f:.]{2,45}$/;

export function clientIpFromHeaders(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const last = hops.at(-1);
    if (last && IP_PATTERN.test(last)) return normalizeIp(last);
  }
  const real = headers.get("x-real-ip")?.trim();
  if (real && IP_PATTERN.test(real)) return normalizeIp(real);
  return "unknown";
}

function normalizeIp(ip: string): string {
  return ip.startsWith("::ffff:") ? ip.slice(7) : ip.toLowerCase();
}
