import { describe, expect, it } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { checkedPartnerIds, formSource, presentationRowCount } from "./form-helpers";

describe("event form helpers", () => {
  it("offers one blank presentation row after the last filled one", () => {
    expect(presentationRowCount({})).toBe(1);
    expect(presentationRowCount({ "presentations.0.titleAr": "أ", "presentations.1.titleAr": "ب" })).toBe(3);
    expect(presentationRowCount({ "presentations.0.titleAr": "أ", "presentations.1.titleAr": " " })).toBe(2);
  });

  it("reads the ticked partners in the order of their names, and prefers typed values over stored ones", () => {
    expect(checkedPartnerIds({ "partners.10": "3", "partners.2": "9", "partners.x": "1", slug: "a" })).toEqual([9, 3]);
    expect(formSource(initialFormState, { slug: "stored" })).toEqual({ slug: "stored" });
    expect(formSource({ ...initialFormState, values: { slug: "typed" } }, { slug: "stored" })).toEqual({ slug: "typed" });
  });
});
