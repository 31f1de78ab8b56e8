// The grant actions as the form calls them: FormData in, FormState out (or a redirect after a save).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { redirect } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/format/money";
import { createGrantAction, deleteGrantAction, updateGrantAction } from "./actions";
import { setUpGrantFixtures, type GrantFixtures } from "./test-fixtures";
import { viewGeneration } from "@/lib/data-changes/generation";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// Message keys, followed by their params when there are any, so a test sees the values a message states.
vi.mock("next-intl/server", async () => {
  const t = Object.assign((key: string, values?: object) => (values && Object.keys(values).length > 0 ? `${key} ${JSON.stringify(values)}` : key), { has: () => true });
  return { getTranslations: async () => t, getLocale: async () => "fr" };
});
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: vi.fn(() => {
    throw new Error("NEXT_REDIRECT");
  }),
}));

let f: GrantFixtures;
let form: Record<string, string>;
beforeAll(async () => {
  f = await setUpGrantFixtures();
  await actAs(f.staff.id);
  form = {
    cooperativeId: String(f.base.cooperativeId), programmeId: String(f.base.programmeId), axisId: String(f.base.axisId),
    titleAr: "معدات", titleFr: "Équipements", approvedOn: "2024-03-15", status: "APPROVED",
    totalCost: "500.000,00", indhContribution: "300 000", beneficiaryContribution: "150000",
    "partnerContributions.0.organisationId": "", "partnerContributions.0.amount": "",
    "partnerContributions.1.organisationId": String(f.base.partnerContributions[0]!.organisationId), "partnerContributions.1.amount": "50.000,00",
    "tranches.0.plannedOn": "", "tranches.0.amount": "", "tranches.0.paidOn": "",
    "tranches.1.plannedOn": "2024-04-01", "tranches.1.amount": "300000", "tranches.1.paidOn": "",
  };
});

const data = (values: Record<string, string>) => {
  const d = new FormData();
  for (const [k, v] of Object.entries(values)) d.append(k, v);
  return d;
};

/** Calls an action that should save: it ends in a redirect; returns the path it redirected to. */
async function saved(call: () => Promise<FormState>): Promise<string> {
  vi.mocked(redirect).mockClear();
  await expect(call()).rejects.toThrow("NEXT_REDIRECT");
  return (vi.mocked(redirect).mock.calls[0]![0] as { href: string }).href;
}
const lastGrant = () => getDb().grant.findFirstOrThrow({ orderBy: { id: "desc" }, include: { tranches: true, partnerContributions: true } });

describe("grant actions", () => {
  it("saves a grant typed with Moroccan amounts, skipping the blank rows, and opens its page", async () => {
    const href = await saved(() => createGrantAction(initialFormState, data(form)));
    const grant = await lastGrant();
    expect(href).toBe(`/admin/grants/${grant.id}`);
    expect(grant.totalCostCentimes).toBe(50_000_000n);
    expect(grant.partnerContributions.map((p) => p.amountCentimes)).toEqual([5_000_000n]);
    expect(grant.tranches.map((t) => [t.position, t.amountCentimes])).toEqual([[1, 30_000_000n]]);
  });

  it("makes stale the dashboard views of the staff's own prefecture and the country's, not another prefecture's", async () => {
    const staff = await getDb().user.findUniqueOrThrow({ where: { id: f.staff.id }, select: { prefectureId: true, isNational: true } });
    expect(staff.isNational).toBe(false);
    const views = () => [viewGeneration(staff.prefectureId), viewGeneration(staff.prefectureId + 1_000), viewGeneration(null)];
    const before = views();
    await saved(() => createGrantAction(initialFormState, data(form)));
    expect(views().map((g, i) => g !== before[i])).toEqual([true, false, true]);
  });

  it("answers a refused submit with errors named after the re-rendered rows and the typed values", async () => {
    const state = await createGrantAction(initialFormState, data({ ...form, "tranches.1.amount": "trois cents" }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ "tranches.0.amount": "notAnAmount" });
    expect(state.values["tranches.0.amount"]).toBe("trois cents");
    expect(state.values.titleFr).toBe("Équipements");
    const sums = await createGrantAction(initialFormState, data({ ...form, "tranches.1.amount": "300000,01" }));
    expect(sums.fieldErrors).toEqual({ tranches: "tranchesExceedIndh" });
  });

  it("states by how much, in MAD, the contributions miss or exceed the total cost", async () => {
    const count = await getDb().grant.count();
    const short = await createGrantAction(initialFormState, data({ ...form, beneficiaryContribution: "138.000,00" }));
    expect(short.fieldErrors).toEqual({ totalCost: `contributionsShort ${JSON.stringify({ gap: formatMoney(1_200_000n, "fr") })}` });
    expect(formatMoney(1_200_000n, "fr")).toMatch(/^12\.000,00\sMAD$/);
    const over = await createGrantAction(initialFormState, data({ ...form, beneficiaryContribution: "150000,01" }));
    expect(over.fieldErrors).toEqual({ totalCost: `contributionsOver ${JSON.stringify({ gap: formatMoney(1n, "fr") })}` });
    expect(short.values.beneficiaryContribution).toBe("138.000,00");
    expect(await getDb().grant.count()).toBe(count);
  });

  it("asks to acknowledge eligibility warnings, then saves once they are", async () => {
    const generous = { ...form, totalCost: "600000", indhContribution: "400000", "tranches.1.amount": "100000" };
    const count = await getDb().grant.count();
    const state = await createGrantAction(initialFormState, data(generous));
    expect(state.formError).toBe("acknowledgeWarnings");
    expect(state.warnings.map((w) => w.code)).toEqual(["indhShareAboveMax", "indhContributionAboveMax"]);
    expect(state.values.totalCost).toBe("600000");
    expect(await getDb().grant.count()).toBe(count);
    await saved(() => createGrantAction(state, data({ ...generous, acknowledgeWarnings: state.warnings.map((w) => w.code).join(",") })));
    expect((await lastGrant()).acknowledgedWarnings).toBe("indhShareAboveMax,indhContributionAboveMax");
  });

  it("lists what another user changed when saving over an older version, then deletes with a reason", async () => {
    await saved(() => createGrantAction(initialFormState, data(form)));
    const { id } = await lastGrant();
    await saved(() => updateGrantAction(id, initialFormState, data({ ...form, titleFr: "Leur titre", version: "1" })));
    const state = await updateGrantAction(id, initialFormState, data({ ...form, titleFr: "Mon titre", version: "1" }));
    expect(state.status).toBe("conflict");
    expect(state.conflict).toEqual({ currentVersion: 2, changes: [{ field: "titleFr", theirs: "Leur titre", yours: "Mon titre" }] });
    expect(await saved(() => deleteGrantAction(id, initialFormState, data({ reason: "Doublon", confirm: "on", version: "2" })))).toBe("/admin/grants");
    expect(await getDb().grant.findUnique({ where: { id } })).toBeNull();
  });

  it("refuses another prefecture's grant id bound into the action", async () => {
    const state = await deleteGrantAction(f.other.grantId, initialFormState, data({ reason: "x", confirm: "on", version: "1" }));
    expect(state.formError).toBe("notFound");
  });
});
