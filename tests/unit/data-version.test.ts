import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { currentDataVersion, invalidateDataVersion } from "@/lib/cache/data-version.mjs";

// The data version every cached page and the ranking snapshot are stamped with: re-read at most once per
// interval, answered from the last stamp for a bounded window while it is re-read, never past it.
const KEY = Symbol.for("tokencost.dataVersion");
const g = globalThis as unknown as Record<symbol, unknown>;

function deferred() {
  let resolve!: (value: string) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("data version", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(0);
    vi.stubEnv("LEADERBOARD_VERSION_TTL_MS", "1000");
    vi.stubEnv("LEADERBOARD_VERSION_STALE_MS", "2000");
    delete g[KEY];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    delete g[KEY];
  });

  it("reads once, then answers from memory within the interval", async () => {
    const read = vi.fn(async () => "v1");
    expect(await currentDataVersion(read)).toBe("v1");
    vi.setSystemTime(999);
    expect(await currentDataVersion(read)).toBe("v1");
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("answers the last stamp at once while the re-read runs, then the new one", async () => {
    await currentDataVersion(async () => "v1");
    vi.setSystemTime(1500);
    const next = deferred();
    const read = vi.fn(() => next.promise);
    // Two requests at the interval's end: neither waits, one query.
    expect(await currentDataVersion(read)).toBe("v1");
    expect(await currentDataVersion(read)).toBe("v1");
    expect(read).toHaveBeenCalledTimes(1);
    next.resolve("v2");
    await next.promise;
    expect(await currentDataVersion(read)).toBe("v2");
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("waits for the query once the window has passed", async () => {
    await currentDataVersion(async () => "v1");
    vi.setSystemTime(3000);
    const next = deferred();
    let settled = false;
    const answer = currentDataVersion(() => next.promise).then((v) => ((settled = true), v));
    await Promise.resolve();
    expect(settled).toBe(false);
    next.resolve("v2");
    expect(await answer).toBe("v2");
  });

  it("waits for the query after this instance changed data, even within the interval", async () => {
    await currentDataVersion(async () => "v1");
    invalidateDataVersion();
    vi.setSystemTime(10);
    expect(await currentDataVersion(async () => "v2")).toBe("v2");
  });

  it("keeps answering the last stamp while re-reads fail only until the window ends, then fails", async () => {
    await currentDataVersion(async () => "v1");
    const down = vi.fn(async () => {
      throw new Error("ECONNREFUSED");
    });
    vi.setSystemTime(1200);
    expect(await currentDataVersion(down)).toBe("v1");
    vi.setSystemTime(2900);
    expect(await currentDataVersion(down)).toBe("v1");
    vi.setSystemTime(3001);
    await expect(currentDataVersion(down)).rejects.toThrow("ECONNREFUSED");
  });
});
