// Where a new event is filed: a prefecture's staff in their own prefecture only; a national user in the
// prefecture or province they choose, whose organisations and communes the form must then use. Through the
// action (the form's fields as FormData) and the mutation, on a real database.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { initialFormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import type { SessionUser } from "@/lib/auth/types";
import { DomainError } from "@/lib/domain-error";
import { seedReference } from "@/prisma/seed/reference";
import { createEventAction } from "./actions";
import { createEvent } from "./mutations";

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

let home: { prefectureId: number; organiserId: number; communeId: number };
let other: { prefectureId: number; organiserId: number; communeId: number };
let staff: SessionUser;
let otherStaff: SessionUser;
let national: SessionUser;

async function makeUser(email: string, prefectureId: number, isNational = false): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role: "STAFF", prefectureId, isNational, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: "STAFF", isNational, prefectureId };
}

/** The new-event form as a browser posts it. */
function form(slug: string, at: typeof home, extra: Record<string, string> = {}): FormData {
  const values: Record<string, string> = {
    slug, kind: "WORKSHOP", status: "PUBLISHED", titleAr: "ورشة", titleFr: "Atelier", startsAtDate: "2025-05-20", startsAtTime: "10:00",
    venueAr: "القاعة", venueFr: "La salle", communeId: String(at.communeId), organiserId: String(at.organiserId),
    summaryAr: "ملخص", summaryFr: "Résumé", bodyAr: "نص", bodyFr: "Texte",
    "presentations.0.titleAr": "عرض", "presentations.0.titleFr": "Exposé", "presentations.0.presenterRoleAr": "ممثل",
    "presentations.0.presenterRoleFr": "Représentant", "presentations.0.reportedPeriodStartYear": "2019",
    "presentations.0.reportedPeriodEndYear": "2025", "presentations.0.reportedCooperativesFunded": "12",
    ...extra,
  };
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

const eventBySlug = (slug: string) => getDb().event.findUnique({ where: { slug }, select: { id: true, prefectureId: true } });

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  home = {
    prefectureId,
    organiserId: (await db.organisation.findFirstOrThrow({ where: { prefectureId, code: "ODCO" } })).id,
    communeId: (await db.commune.findFirstOrThrow({ where: { prefectureId, code: "TANGER" } })).id,
  };
  // Any prefecture row will do: here one created for the test, with its own commune and organiser.
  const region = await db.region.findFirstOrThrow();
  const province = await db.prefecture.create({ data: { code: "TEST-PROVINCE", nameAr: "إقليم التجربة", nameFr: "Province d'essai", regionId: region.id } });
  other = {
    prefectureId: province.id,
    organiserId: (await db.organisation.create({ data: { prefectureId: province.id, code: "DIV", kind: "OTHER", nameAr: "قسم العمل الاجتماعي", nameFr: "DAS" } })).id,
    communeId: (await db.commune.create({ data: { prefectureId: province.id, code: "C1", nameAr: "جماعة", nameFr: "Commune", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } })).id,
  };
  staff = await makeUser("staff@filing.test", home.prefectureId);
  otherStaff = await makeUser("staff@province.test", other.prefectureId);
  national = await makeUser("national@filing.test", home.prefectureId, true);
});

describe("filing a new event in a prefecture", () => {
  it("a prefecture's STAFF files in their own prefecture without choosing it", async () => {
    await actAs(otherStaff.id);
    await expect(createEventAction(initialFormState, form("province-staff-event", other))).rejects.toThrow("NEXT_REDIRECT");
    expect((await eventBySlug("province-staff-event"))?.prefectureId).toBe(other.prefectureId);
  });

  it("a prefecture's STAFF cannot file in another prefecture, even naming it in a forged request", async () => {
    await actAs(staff.id);
    const state = await createEventAction(initialFormState, form("forged-event", other, { prefectureId: String(other.prefectureId) }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors.prefectureId).toBe("nationalOnly");
    expect(state.values.titleFr).toBe("Atelier"); // nothing typed is lost
    expect(await eventBySlug("forged-event")).toBeNull();
    await expect(createEvent(staff, { ...(await parsedInput("forged-direct", other)), prefectureId: other.prefectureId })).rejects.toThrow(DomainError);
    expect(await eventBySlug("forged-direct")).toBeNull();
  });

  it("a national user files in the province they chose, with that province's organiser and commune, audited there", async () => {
    await actAs(national.id);
    await expect(createEventAction(initialFormState, form("national-event", other, { prefectureId: String(other.prefectureId) }))).rejects.toThrow("NEXT_REDIRECT");
    const event = await eventBySlug("national-event");
    expect(event?.prefectureId).toBe(other.prefectureId);
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { entityType: "Event", entityId: String(event!.id) } });
    expect(audit.prefectureId).toBe(other.prefectureId);
  });

  it("a national user must choose: no silent default to their own account's prefecture", async () => {
    await actAs(national.id);
    const state = await createEventAction(initialFormState, form("unplaced-event", home));
    expect(state.fieldErrors.prefectureId).toBe("required");
    expect(await eventBySlug("unplaced-event")).toBeNull();
  });

  it("refuses a prefecture that does not exist", async () => {
    await actAs(national.id);
    const state = await createEventAction(initialFormState, form("nowhere-event", other, { prefectureId: "999999" }));
    expect(state.fieldErrors.prefectureId).toBe("unknownPrefecture");
    expect(await eventBySlug("nowhere-event")).toBeNull();
  });

  it("refuses organiser and commune of another prefecture than the one chosen", async () => {
    await actAs(national.id);
    const state = await createEventAction(initialFormState, form("mixed-event", home, { prefectureId: String(other.prefectureId) }));
    expect(state.fieldErrors).toMatchObject({ organiserId: "unknownOrganisation", communeId: "unknownCommune" });
    expect(await eventBySlug("mixed-event")).toBeNull();
  });
});

/** The same form parsed as the action parses it, for calling the mutation directly. */
async function parsedInput(slug: string, at: typeof home) {
  const { eventInputSchema } = await import("./schema");
  const { unflatten, submittedValues } = await import("@/lib/actions/form-state");
  return eventInputSchema.parse(unflatten(submittedValues(form(slug, at))));
}
