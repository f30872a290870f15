import { describe, expect, it } from "vitest";

import { errorsByField, fieldOf } from "@/lib/validation/field-errors";

describe("fieldOf", () => {
  it("names the form field an error belongs to: the first segment of its path", () => {
    expect(fieldOf({ path: "offerings.1", message: "Unknown offering" })).toBe("offerings");
    expect(fieldOf({ path: "model", message: "Required" })).toBe("model");
  });
});

describe("errorsByField", () => {
  it("joins each named field's messages, in the order they came, and leaves other names to the page's summary", () => {
    const errors = [
      { path: "offerings.0", message: 'Unknown offering "a"' },
      { path: "model", message: "Pick a model" },
      { path: "offerings.2", message: 'Unknown offering "c"' },
      { path: "page", message: "Must be 1 or more" },
    ];
    expect(errorsByField(errors, ["offerings", "model"])).toEqual({
      offerings: 'Unknown offering "a"; Unknown offering "c"',
      model: "Pick a model",
    });
  });

  it("gives no entry to a field without errors", () => {
    expect(errorsByField([], ["offerings"])).toEqual({});
    expect(errorsByField([{ path: "limit", message: "Too big" }], ["offerings"])).toEqual({});
  });
});
