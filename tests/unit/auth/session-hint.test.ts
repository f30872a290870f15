import { describe, expect, it } from "vitest";

import { hasSessionHint, SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";

describe("hasSessionHint", () => {
  it("finds the hint among other cookies, in any position", () => {
    expect(hasSessionHint(`${SESSION_HINT_COOKIE}=1`)).toBe(true);
    expect(hasSessionHint(`theme=dark; ${SESSION_HINT_COOKIE}=1; other=x`)).toBe(true);
  });

  it("is false without it, including for names that only start alike or contain it", () => {
    expect(hasSessionHint("")).toBe(false);
    expect(hasSessionHint("theme=dark")).toBe(false);
    expect(hasSessionHint(`${SESSION_HINT_COOKIE}-old=1`)).toBe(false);
    expect(hasSessionHint(`x${SESSION_HINT_COOKIE}=1`)).toBe(false);
  });
});
