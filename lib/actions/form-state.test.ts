import { describe, expect, it } from "vitest";
import { submittedValues, unflatten } from "./form-state";

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
