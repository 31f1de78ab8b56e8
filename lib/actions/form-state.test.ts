import { describe, expect, it } from "vitest";
import { submittedValues, unflatten, UnsafeFieldNameError } from "./form-state";

describe("form values", () => {
  it("keeps the submitted strings and drops React's action fields and files", () => {
    const data = new FormData();
    data.set("name", "تعاونية");
    data.set("$ACTION_ID_abc", "");
    data.set("file", new Blob(["x"]));
    expect(submittedValues(data)).toEqual({ name: "تعاونية" });
  });

  it("nests dotted names and compacts rows removed from the middle of a list", () => {
    expect(unflatten({ title: "T", "tranches.0.amount": "10", "tranches.2.amount": "30", "tranches.2.plannedOn": "2025-01-01" })).toEqual({
      title: "T",
      tranches: [{ amount: "10" }, { amount: "30", plannedOn: "2025-01-01" }],
    });
  });
});

// Field names a crafted request can send: each would otherwise write onto a prototype shared by the whole
// server process (Object.prototype, Array.prototype.push, a String) or crash on a primitive.
const UNSAFE_NAMES = [
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "title.__proto__.polluted",
  "tranches.0.__proto__.polluted",
  "tranches.push.polluted",
  "tranches.length",
  "prototype",
];

describe("unsafe form field names", () => {
  for (const name of UNSAFE_NAMES) {
    it(`refuses ${name} and leaves every prototype alone`, () => {
      const values = { title: "T", "tranches.0.amount": "10", [name]: "yes" };
      expect(() => unflatten(values)).toThrow(UnsafeFieldNameError);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
      expect((Array.prototype.push as unknown as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("refuses a name that is both a value and a branch instead of writing onto a string", () => {
    expect(() => unflatten({ title: "T", "title.x": "y" })).toThrow(UnsafeFieldNameError);
    expect(() => unflatten({ "title.x": "y", title: "T" })).toThrow(UnsafeFieldNameError);
  });

  it("builds records without a prototype, so inherited names such as toString are plain keys", () => {
    const nested = unflatten({ "toString.x": "1", "hasOwnProperty": "2" });
    expect(Object.getPrototypeOf(nested)).toBeNull();
    expect(nested).toEqual({ toString: { x: "1" }, hasOwnProperty: "2" });
    expect((Object.prototype.toString as unknown as Record<string, unknown>).x).toBeUndefined();
  });
});
