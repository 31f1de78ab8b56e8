// Regressions found by the reliability suite (npm run test:reliability): values a crafted request can
// send that the forms never do. Each is refused with a message and changes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { createGrantAction, deleteGrantAction } from "@/lib/grants/actions";
import { createCooperativeAction } from "@/lib/cooperatives/actions";
import { boundId } from "@/lib/actions/bound-id";
import { createGrant } from "@/lib/grants/mutations";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";

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
