import { describe, expect, it } from "vitest";

import { deviceLabel, normalizeUserAgent, UNKNOWN_DEVICE_LABEL, USER_AGENT_MAX_LENGTH } from "@/lib/format/device-label";

// Real User-Agent strings as browsers send them (Chrome freezes the minor version and the OS parts).
const UA = {
  chromeLinux: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
  chromeWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.7444.59 Safari/537.36",
  chromeMac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36",
  safariIphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
  safariIpad: "Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
  safariMac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15",
  chromeAndroid: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36",
  firefoxWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0",
  firefoxLinux: "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
  edgeWindows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.3595.53",
  headlessChrome: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/142.0.0.0 Safari/537.36",
};

describe("deviceLabel", () => {
  it.each([
    ["Chrome on Linux", UA.chromeLinux, "Chrome 142 on Linux"],
    ["Chrome on Windows", UA.chromeWindows, "Chrome 142 on Windows"],
    ["Chrome on macOS", UA.chromeMac, "Chrome 141 on macOS"],
    ["Safari on iPhone (the device, not the version Safari shares with iOS)", UA.safariIphone, "Safari on iPhone"],
    ["Safari on iPad", UA.safariIpad, "Safari on iPad"],
    ["Safari on macOS", UA.safariMac, "Safari on macOS"],
    ["Chrome on Android", UA.chromeAndroid, "Chrome 142 on Android"],
    ["Firefox on Windows", UA.firefoxWindows, "Firefox 140 on Windows"],
    ["Firefox on Linux", UA.firefoxLinux, "Firefox 140 on Linux"],
    ["Edge, not the Chrome it claims to be too", UA.edgeWindows, "Microsoft Edge 142 on Windows"],
    ["headless Chrome", UA.headlessChrome, "Chrome 142 on Linux"],
  ])("%s", (_name, ua, label) => {
    expect(deviceLabel(ua)).toBe(label);
  });

  it("says Unknown browser for clients it cannot name, and for none at all", () => {
    expect(deviceLabel("curl/8.5.0")).toBe(UNKNOWN_DEVICE_LABEL);
    expect(deviceLabel("python-requests/2.32.3")).toBe(UNKNOWN_DEVICE_LABEL);
    expect(deviceLabel("")).toBe(UNKNOWN_DEVICE_LABEL);
    expect(deviceLabel("   ")).toBe(UNKNOWN_DEVICE_LABEL);
    expect(deviceLabel(null)).toBe(UNKNOWN_DEVICE_LABEL);
    expect(deviceLabel(undefined)).toBe(UNKNOWN_DEVICE_LABEL);
  });

  it("names the system when only the browser is unknown, and other clients by their product token", () => {
    expect(deviceLabel("Mozilla/5.0 (X11; Linux x86_64)")).toBe(`${UNKNOWN_DEVICE_LABEL} on Linux`);
    expect(deviceLabel("Mozilla/5.0 (Windows NT 10.0; Win64; x64)")).toBe(`${UNKNOWN_DEVICE_LABEL} on Windows`);
    expect(deviceLabel("okhttp/4.12.0 (Linux)")).toBe("okhttp 4 on Linux");
  });

  it("a made-up product token is cut short, so it cannot stretch the page", () => {
    const label = deviceLabel(`${"A".repeat(300)}/1.0 (X11; Linux x86_64)`);
    expect(label).toBe(`${"A".repeat(39)}… 1 on Linux`);
  });

  it("an absurdly long header is read from its first 512 characters, and markup is just text", () => {
    expect(deviceLabel(UA.firefoxWindows + " x".repeat(100_000))).toBe("Firefox 140 on Windows");
    expect(deviceLabel("x".repeat(100_000))).toBe(UNKNOWN_DEVICE_LABEL);
    // The browser name past the cut is never seen.
    expect(deviceLabel(`${"a".repeat(USER_AGENT_MAX_LENGTH)} ${UA.chromeLinux}`)).toBe(UNKNOWN_DEVICE_LABEL);
    expect(deviceLabel("<script>alert(1)</script>")).toBe(UNKNOWN_DEVICE_LABEL);
  });
});

describe("normalizeUserAgent", () => {
  it("trims, cuts to 512 characters and keeps nothing for an empty header", () => {
    expect(normalizeUserAgent(`  ${UA.chromeLinux}  `)).toBe(UA.chromeLinux);
    expect(normalizeUserAgent("y".repeat(5000))).toBe("y".repeat(USER_AGENT_MAX_LENGTH));
    expect(normalizeUserAgent("")).toBeNull();
    expect(normalizeUserAgent("  ")).toBeNull();
    expect(normalizeUserAgent(null)).toBeNull();
    expect(normalizeUserAgent(undefined)).toBeNull();
  });
});
