// The convention forms through their server actions, as Next calls them: the session's role and prefecture
// decide, refusals come back as messages next to the fields, and nothing is written when refused.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { makeUser, setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant } from "@/lib/grants/mutations";
import { payGrantTrancheAction } from "@/lib/grants/actions";
import { createConventionAction, recordMilestoneReachedAction, signConventionAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { keyTranslator } = await import("@/lib/testing/action-harness");
  return { getTranslations: async () => keyTranslator(), getLocale: async () => "fr" };
});
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: vi.fn(() => {
    throw new Error("NEXT_REDIRECT");
  }),
}));

const idle = { status: "idle" } as FormState;
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

let f: GrantFixtures;
let grantId: number;
let trancheId: number;
const conventionForm = () => form({
  reference: "CONV-2026-001", obligationsAr: "التزامات", obligationsFr: "Obligations", resultsAr: "نتائج", resultsFr: "Résultats",
  "milestones.0.labelAr": "مرحلة", "milestones.0.labelFr": "Étape", "milestones.0.dueOn": "01/06/2024", "milestones.0.trancheId": String(trancheId),
});

beforeAll(async () => {
  f = await setUpGrantFixtures();
  grantId = (await createGrant(f.staff, f.base)).id;
  trancheId = (await getDb().grantTranche.findFirstOrThrow({ where: { grantId } })).id;
});

describe("convention actions", () => {
  it("refuses a manager and another prefecture's staff, with nothing written", async () => {
    const manager = await getDb().user.create({ data: { email: "manager@conv.test", name: "M", role: "MANAGER", prefectureId: f.staff.prefectureId, passwordHash: "x" } });
    await actAs(manager.id);
    expect((await createConventionAction(grantId, idle, conventionForm())).formError).toBe("forbidden");
    const elsewhere = await getDb().grant.findUniqueOrThrow({ where: { id: f.other.grantId }, select: { prefectureId: true } });
    await actAs((await makeUser("staff@conv-other.test", elsewhere.prefectureId)).id);
    expect((await createConventionAction(grantId, idle, conventionForm())).formError).toBe("notFound");
    expect(await getDb().convention.count()).toBe(0);
  });

  it("creates, signs, refuses the payment next to the tranche until the milestone is reached, then pays", async () => {
    await actAs(f.staff.id);
    await expect(createConventionAction(grantId, idle, conventionForm())).rejects.toThrow("NEXT_REDIRECT");
    await expect(signConventionAction(grantId, idle, form({ signedOn: "10/04/2024", version: "1" }))).rejects.toThrow("NEXT_REDIRECT");
    const refused = await payGrantTrancheAction(grantId, idle, form({ position: "1", paidOn: "02/05/2024", version: "1" }));
    expect(refused.fieldErrors).toEqual({ paidOn: "convention.milestoneNotReached" });
    expect(refused.values.paidOn).toBe("02/05/2024");
    const milestone = await getDb().conventionMilestone.findFirstOrThrow({ where: { trancheId } });
    await expect(recordMilestoneReachedAction(grantId, idle, form({ milestoneId: String(milestone.id), reachedOn: "01/05/2024", version: "2" }))).rejects.toThrow("NEXT_REDIRECT");
    await expect(payGrantTrancheAction(grantId, idle, form({ position: "1", paidOn: "02/05/2024", version: "1" }))).rejects.toThrow("NEXT_REDIRECT");
    expect((await getDb().grantTranche.findUniqueOrThrow({ where: { id: trancheId } })).paidOn).toEqual(new Date("2024-05-02T00:00:00Z"));
  });
});
