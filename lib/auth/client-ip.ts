import { isPeerAddressStampInstalled, PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

// The client address for rate limiting and audit rows. By default it is the TCP peer (the socket),
// which a client cannot choose: X-Forwarded-For is ignored, since anyone can send one. Behind
// reverse proxies, TRUSTED_PROXIES says whom to believe:
//   - a number N: N proxies append to X-Forwarded-For; the client is the N-th entry from the right;
//   - a comma list of proxy addresses: entries are read right to left (starting with the peer),
//     skipping those addresses; the first other one is the client.
// (Per-account limits do not depend on this value at all.)
const IP_PATTERN = /^[0-9A-Fa-f:.]{2,45}$/;

export type ProxyTrust = { kind: "none" } | { kind: "hops"; count: number } | { kind: "list"; addresses: Set<string> };

export function proxyTrustFromEnv(value = process.env.TRUSTED_PROXIES): ProxyTrust {
  const raw = value?.trim() ?? "";
  if (raw === "" || raw === "0" || raw.toLowerCase() === "false") return { kind: "none" };
  if (/^\d+$/.test(raw)) return { kind: "hops", count: Math.min(Number(raw), 20) };
  const addresses = raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => IP_PATTERN.test(s))
    .map(normalizeIp);
  return addresses.length > 0 ? { kind: "list", addresses: new Set(addresses) } : { kind: "none" };
}

function peerAddress(headers: Pick<Headers, "get">): string | null {
  if (!isPeerAddressStampInstalled()) return null;
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  return peer && IP_PATTERN.test(peer) ? normalizeIp(peer) : null;
}

function forwardedHops(headers: Pick<Headers, "get">): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function clientIpFromHeaders(headers: Pick<Headers, "get">, trust: ProxyTrust = proxyTrustFromEnv()): string {
  const peer = peerAddress(headers);
  if (trust.kind === "none") return peer ?? "unknown";
  const hops = forwardedHops(headers);
  if (trust.kind === "hops") {
    // Fewer entries than proxies: the request did not come through all of them; the peer is all we know.
    const candidate = hops.length >= trust.count ? hops[hops.length - trust.count] : undefined;
    if (candidate && IP_PATTERN.test(candidate)) return normalizeIp(candidate);
    return peer ?? "unknown";
  }
  if (peer && !trust.addresses.has(peer)) return peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!IP_PATTERN.test(hops[i])) return "unknown";
    const hop = normalizeIp(hops[i]);
    if (!trust.addresses.has(hop)) return hop;
  }
  return peer ?? "unknown";
}

function normalizeIp(ip: string): string {
  return ip.startsWith("::ffff:") ? ip.slice(7) : ip.toLowerCase();
}
