// Issue 12, vulnerability 2, over real sockets: a client that sends a fresh X-Forwarded-For with
// each request keeps one address, its TCP peer, unless TRUSTED_PROXIES says a proxy is in front.
// The server is a plain node:http server with the stamp instrumentation.ts installs in the app.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { clientIpFromHeaders, proxyTrustFromEnv } from "@/lib/auth/client-ip";
import { installPeerAddressStamp } from "@/lib/http/peer-address";

let server: http.Server;
let port: number;
let trust = proxyTrustFromEnv(undefined);

beforeAll(async () => {
  installPeerAddressStamp();
  server = http.createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    res.end(clientIpFromHeaders(headers, trust));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function ask(headers: Record<string, string>, localAddress: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, localAddress, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("client address over a real socket", () => {
  it("is the socket peer whatever X-Forwarded-For, X-Real-IP or our own header the client sends", async () => {
    trust = proxyTrustFromEnv(undefined);
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      seen.add(await ask({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}`, "x-tokencost-peer-address": `192.0.2.${i}` }, "127.0.0.23"));
    }
    expect([...seen]).toEqual(["127.0.0.23"]);
  });

  it("follows X-Forwarded-For only as far as the configured proxies", async () => {
    trust = proxyTrustFromEnv("127.0.0.24");
    expect(await ask({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, "127.0.0.24")).toBe("203.0.113.9");
    // Not from the proxy: the header is ignored.
    expect(await ask({ "x-forwarded-for": "203.0.113.9" }, "127.0.0.25")).toBe("127.0.0.25");
    trust = proxyTrustFromEnv("1");
    expect(await ask({ "x-forwarded-for": "6.6.6.6, 203.0.113.10" }, "127.0.0.26")).toBe("203.0.113.10");
  });
});
