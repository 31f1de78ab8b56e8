import { describe, expect, it } from "vitest";
import { checkedAxisIds, rowCount, typedWeightsTotal } from "./form-rows";

describe("call form rows", () => {
  it("shows the filled rows and two spare ones, at least three, at most the maximum", () => {
    expect(rowCount({}, "documents", 15)).toBe(3);
    expect(rowCount({ "documents.0.labelAr": "x" }, "documents", 15)).toBe(3);
    expect(rowCount({ "documents.4.labelFr": "x", "documents.5.labelFr": " " }, "documents", 15)).toBe(7);
    expect(rowCount({ "documents.14.labelFr": "x" }, "documents", 15)).toBe(15);
  });

  it("reads the ticked axes and the typed total", () => {
    expect([...checkedAxisIds({ "axes.2": "7", "axes.5": "9", axesX: "3", "axes.6": "x" })]).toEqual([7, 9]);
    expect(typedWeightsTotal({ "criteria.0.weight": "40", "criteria.1.weight": " 50 ", "criteria.2.weight": "abc", "criteria.3.labelFr": "12" })).toBe(90);
  });
});
