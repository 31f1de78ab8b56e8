import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFromIssues } from "./field-errors";

const t = Object.assign((key: string) => `msg:${key}`, { has: (key: string) => key !== "unknownCode" });

describe("field errors from zod issues", () => {
  it("puts the first message of each field under its dotted name, translated", () => {
    const schema = z.object({ name: z.string().min(1, { error: "required" }), rows: z.array(z.object({ amount: z.string().min(2, { error: "unknownCode" }) })) });
    const result = schema.safeParse({ name: "", rows: [{ amount: "12" }, { amount: "1" }] });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromIssues(result.error!.issues, t)).toEqual({ name: "msg:required", "rows.1.amount": "msg:invalid" });
  });
});
