import { describe, expect, it } from "vitest";
import { resetPasswordSchema, userCreateSchema, userUpdateSchema } from "./schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));

describe("user form schemas", () => {
  it("normalises the email and turns an empty password into 'generate one'", () => {
    const parsed = userCreateSchema.parse({ email: " Ali@Example.MA ", name: "Ali", role: "STAFF", password: "" });
    expect(parsed).toEqual({ email: "ali@example.ma", name: "Ali", role: "STAFF", isNational: false, prefectureId: null, password: null });
  });

  it("refuses short passwords, unknown roles and bad emails", () => {
    expect(messages(userCreateSchema.safeParse({ email: "nope", name: "", role: "ROOT", password: "short" }))).toEqual({
      email: "invalidEmail", name: "required", role: "required", password: "passwordTooShort",
    });
    expect(messages(resetPasswordSchema.safeParse({ password: "elevenchars" }))).toEqual({ password: "passwordTooShort" });
    expect(resetPasswordSchema.parse({ password: "twelve chars" })).toEqual({ password: "twelve chars" });
  });

  it("reads the edit form's checkbox and version", () => {
    expect(userUpdateSchema.parse({ name: "Ali", role: "ADMIN", version: "4" })).toEqual({ name: "Ali", role: "ADMIN", isActive: false, version: 4 });
    expect(userUpdateSchema.parse({ name: "Ali", role: "ADMIN", isActive: "on", version: "4" }).isActive).toBe(true);
  });
});
