import http from "node:http";

// Route handlers and server actions never see the TCP peer address, and Next keeps a client-sent
// X-Forwarded-For as it is (it only fills the header in when absent). So every request entering this
// process gets the socket's address in a header of our own, overwriting whatever the client sent;
// lib/auth/client-ip.ts trusts that header only once this stamp is installed in the same process.
export const PEER_ADDRESS_HEADER = "x-tokencost-peer-address";

const INSTALLED = Symbol.for("tokencost.peerAddressStamp");
const marker = globalThis as unknown as Record<symbol, boolean | undefined>;

export function isPeerAddressStampInstalled(): boolean {
  return marker[INSTALLED] === true;
}

/** Called once from instrumentation.ts (Node runtime), before the server handles requests. */
export function installPeerAddressStamp(): void {
  if (isPeerAddressStampInstalled()) return;
  const original = http.Server.prototype.emit;
  http.Server.prototype.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request" || event === "upgrade" || event === "checkContinue") {
      const request = args[0] as http.IncomingMessage | undefined;
      if (request?.headers) request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(original, this, [event, ...args]) as boolean;
  } as typeof original;
  marker[INSTALLED] = true;
}
