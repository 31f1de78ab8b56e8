import { describe, expect, it } from "vitest";
import { z } from "zod";
import { amountField, dateField, deleteSchema, integerField, optionalText, parseCalendarDate } from "./fields";

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("form field schemas", () => {
  it("reads amounts into exact centimes and names a bad one", () => {
    expect(amountField().parse("150.000,50")).toBe(15_000_050n);
    expect(messages(amountField(), "cent dirhams")).toEqual(["notAnAmount"]);
    expect(messages(amountField(), "")).toEqual(["required"]);
  });

  it("reads dates in both forms and refuses impossible ones", () => {
    expect(dateField().parse("2025-07-09")).toEqual(new Date("2025-07-09T00:00:00Z"));
    expect(dateField().parse("09/07/2025")).toEqual(new Date("2025-07-09T00:00:00Z"));
    expect(parseCalendarDate("31/02/2025")).toBeNull();
    expect(messages(dateField(), "demain")).toEqual(["invalidDate"]);
  });

  it("reads counts and refuses negatives and words", () => {
    expect(integerField().parse("42")).toBe(42);
    expect(messages(integerField(), "-1")).toEqual(["mustBeNonNegative"]);
    expect(messages(integerField(), "douze")).toEqual(["notANumber"]);
  });

  it("turns an empty optional text into null", () => {
    expect(optionalText().parse("  ")).toBeNull();
  });

  it("requires a reason to delete", () => {
    expect(messages(deleteSchema, { reason: "  ", confirm: "on", version: "3" })).toEqual(["reasonRequired"]);
    expect(messages(deleteSchema, { confirm: "on", version: "3" })).toEqual(["reasonRequired"]);
    expect(messages(deleteSchema, { reason: "doublon", version: "3" })).toEqual(["confirmRequired"]);
    expect(deleteSchema.parse({ reason: "doublon", confirm: "on", version: "3" })).toEqual({ reason: "doublon", confirm: "on", version: 3 });
  });
});
