import { describe, expect, it } from "vitest";

import { DEFAULT_SERVER_HEAP_MB, serverHeapMb, serverNodeOptions } from "@/ops/server-node-options";

describe("the production server's Node options", () => {
  it("bounds the old generation at the default unless SERVER_HEAP_MB says otherwise", () => {
    expect(serverNodeOptions({})).toBe(`--max-old-space-size=${DEFAULT_SERVER_HEAP_MB}`);
    expect(serverHeapMb({ SERVER_HEAP_MB: " 512 " })).toBe(512);
  });

  it("keeps the caller's own NODE_OPTIONS", () => {
    expect(serverNodeOptions({ NODE_OPTIONS: "--enable-source-maps", SERVER_HEAP_MB: "256" })).toBe("--enable-source-maps --max-old-space-size=256");
  });

  it("refuses a value that is not a whole number of at least 128 MB, naming the variable", () => {
    for (const bad of ["abc", "64", "256.5", "-1"]) expect(() => serverHeapMb({ SERVER_HEAP_MB: bad })).toThrow(/SERVER_HEAP_MB/);
  });
});
