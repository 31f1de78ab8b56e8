import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/types";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { accountChangeViolations, generatePassword } from "./admin-rules";

const admin: SessionUser = { id: 1, email: "a@x.ma", name: "A", role: "ADMIN", isNational: false, prefectureId: 1 };
const codes = (v: { code: string }[]) => v.map((x) => x.code);

describe("account administration rules", () => {
  it("lets an admin change someone else's role and active state", () => {
    expect(accountChangeViolations(admin, { id: 2, role: "STAFF", isActive: true, isNational: false }, { role: "AUDITOR", isActive: false })).toEqual([]);
  });

  it("refuses demoting or deactivating one's own account", () => {
    const self = { id: 1, role: "ADMIN", isActive: true, isNational: false };
    expect(codes(accountChangeViolations(admin, self, { role: "STAFF", isActive: true }))).toEqual(["cannotDemoteSelf"]);
    expect(codes(accountChangeViolations(admin, self, { role: "ADMIN", isActive: false }))).toEqual(["cannotDeactivateSelf"]);
    expect(accountChangeViolations(admin, self, { role: "ADMIN", isActive: true })).toEqual([]);
  });

  it("keeps national accounts out of a prefecture admin's reach", () => {
    expect(codes(accountChangeViolations(admin, { id: 3, role: "MANAGER", isActive: true, isNational: true }, { role: "MANAGER", isActive: false }))).toEqual(["nationalOnly"]);
    expect(accountChangeViolations({ ...admin, isNational: true }, { id: 3, role: "MANAGER", isActive: true, isNational: true }, { role: "MANAGER", isActive: false })).toEqual([]);
  });

  it("generates different passwords long enough to be accepted", () => {
    const a = generatePassword();
    expect(a.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    expect(a).not.toBe(generatePassword());
  });
});
