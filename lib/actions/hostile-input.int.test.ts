// Regressions found by the reliability suite (npm run test:reliability): values a crafted request can
// send that the forms never do. Each is refused with a message and changes nothing.
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { createGrantAction, deleteGrantAction } from "@/lib/grants/actions";
import { createCooperativeAction } from "@/lib/cooperatives/actions";
import { boundId } from "@/lib/actions/bound-id";
import { createGrant } from "@/lib/grants/mutations";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { changePasswordAction } from "@/lib/auth/actions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { keyTranslator } = await import("@/lib/testing/action-harness");
  return { getTranslations: async () => keyTranslator(), getLocale: async () => "fr" };
});
vi.mock("@/lib/i18n/navigation", () => ({ redirect: vi.fn(() => { throw new Error("NEXT_REDIRECT"); }) }));

let f: GrantFixtures;
let grantId: number;
const form = (values: Record<string, string>) => {
  const d = new FormData();
  for (const [k, v] of Object.entries(values)) d.append(k, v);
  return d;
};
const grants = () => getDb().grant.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, totalCostCentimes: true } });

beforeAll(async () => {
  f = await setUpGrantFixtures();
  await actAs(f.staff.id);
  grantId = (await createGrant(f.staff, f.base)).id;
});

describe("hostile input to server actions", () => {
  it("bound ids must be positive safe integers: 1.5 is not grant 1", async () => {
    for (const bad of [grantId + 0.5, -1, 2 ** 63, Number.NaN, null, "1 OR 1=1", {}]) expect(() => boundId(bad)).toThrow();
    const before = await grants();
    const state = await deleteGrantAction(grantId + 0.5, initialFormState, form({ reason: "x", confirm: "on", version: "1" }));
    expect(state).toMatchObject({ status: "error", formError: "notFound" });
    expect(await grants()).toEqual(before);
  });

  it("an argument that is not a form is refused with a message, not a server error", async () => {
    const state = (await createCooperativeAction(initialFormState, 42 as unknown as FormData)) as FormState;
    expect(state).toMatchObject({ status: "error", formError: "invalid" });
  });

  it("amounts beyond 10 trillion dirhams are refused next to their field", async () => {
    const before = await grants();
    const state = await createGrantAction(initialFormState, form({
      cooperativeId: String(f.base.cooperativeId), programmeId: String(f.base.programmeId), titleAr: "س", titleFr: "X", approvedOn: "2024-03-15",
      status: "APPROVED", totalCost: "92233720368547758,08", indhContribution: "92233720368547758,08",
    }));
    expect(state.fieldErrors).toMatchObject({ totalCost: "amountTooLarge", indhContribution: "amountTooLarge" });
    expect(await grants()).toEqual(before);
  });
});

// Finding 1: form names became object keys before zod ran, so these wrote onto Object.prototype for the
// whole server process (every page then answered 500 until a restart). Each is refused as a whole.
const POLLUTING_NAMES = ["__proto__.polluted", "constructor.prototype.polluted", "__proto__.toString", "tranches.0.__proto__.polluted", "title.constructor.prototype.polluted"];
const polluted = () => ({
  object: ({} as Record<string, unknown>).polluted,
  objectKeys: Object.getOwnPropertyNames(Object.prototype).filter((k) => k === "polluted"),
  arrayPush: (Array.prototype.push as unknown as Record<string, unknown>).polluted,
  toString: typeof Object.prototype.toString,
});
const CLEAN = { object: undefined, objectKeys: [], arrayPush: undefined, toString: "function" };

describe("prototype-polluting field names", () => {
  const originalToString = Object.prototype.toString;
  afterEach(() => {
    // A failure here must not poison the other tests of this file.
    delete (Object.prototype as Record<string, unknown>).polluted;
    delete (Array.prototype.push as unknown as Record<string, unknown>).polluted;
    Object.prototype.toString = originalToString;
  });

  it("change-password as an AUDITOR: refused with a message, no prototype touched, password unchanged", async () => {
    const password = randomBytes(12).toString("base64url");
    const auditor = await getDb().user.create({
      data: { email: "auditor@pollution.test", name: "A", role: "AUDITOR", prefectureId: f.staff.prefectureId, passwordHash: await hashPassword(password) },
    });
    const next = randomBytes(12).toString("base64url");
    for (const name of POLLUTING_NAMES) {
      await actAs(auditor.id);
      const state = await changePasswordAction(initialFormState, form({ currentPassword: password, newPassword: next, confirmPassword: next, [name]: "yes" }));
      expect(state, name).toMatchObject({ status: "error", formError: "unexpectedFields" });
      expect(polluted(), name).toEqual(CLEAN);
    }
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: auditor.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
  });

  it("create grant and create cooperative: refused, no prototype touched, no row written", async () => {
    const before = await grants();
    for (const name of POLLUTING_NAMES) {
      await actAs(f.staff.id);
      const grant = await createGrantAction(initialFormState, form({
        cooperativeId: String(f.base.cooperativeId), programmeId: String(f.base.programmeId), titleAr: "س", titleFr: "X", approvedOn: "2024-03-15",
        status: "APPROVED", totalCost: "1000", indhContribution: "600", [name]: "yes",
      }));
      expect(grant, name).toMatchObject({ status: "error", formError: "unexpectedFields" });
      const cooperative = await createCooperativeAction(initialFormState, form({ nameAr: "تعاونية", nameFr: "Coop", [name]: "yes" }));
      expect(cooperative, name).toMatchObject({ status: "error", formError: "unexpectedFields" });
      expect(polluted(), name).toEqual(CLEAN);
    }
    expect(await grants()).toEqual(before);
  });
});
