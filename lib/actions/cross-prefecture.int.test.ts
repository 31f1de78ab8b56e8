// A user of one prefecture can neither change nor read another prefecture's records, whatever id they
// put in an action's arguments. Each refusal is checked against a control: the very same payload,
// sent by a user of the record's own prefecture, is accepted, so the refusal is about the prefecture.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { FormState } from "@/lib/actions/form-state";
import { seedAll } from "@/prisma/seed/seed-all";
import { actAs } from "@/lib/testing/action-harness";
import { toFormValues as cooperativeValues } from "@/lib/cooperatives/schema";
import { toFormValues as organisationValues } from "@/lib/organisations/schema";
import { toFormValues as grantValues } from "@/lib/grants/snapshot";
import { toFormValues as eventValues } from "@/lib/events/form-values";
import { storedEventSelect } from "@/lib/events/stored-event";
import { updateCooperativeAction, deleteCooperativeAction } from "@/lib/cooperatives/actions";
import { updateOrganisationAction, deleteOrganisationAction } from "@/lib/organisations/actions";
import { updateGrantAction, deleteGrantAction } from "@/lib/grants/actions";
import { updateEventAction, deleteEventAction } from "@/lib/events/actions";
import { updateUserAction } from "@/lib/users/actions";
import { updateCommuneAction } from "@/lib/territory/actions";
import { getCooperative } from "@/lib/cooperatives/queries";

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

type Bound = (id: number, previous: FormState, data: FormData) => Promise<FormState>;
const idle = { status: "idle" } as FormState;

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

let home = { staff: 0, admin: 0 };
let other = { staff: 0, admin: 0 };
let otherPrefectureId = 0;

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedAll(db, { demo: true });
  // A province of the seeded reference data, with no records of its own.
  const elsewhere = await db.prefecture.findUniqueOrThrow({ where: { code: "FAHS-ANJRA" } });
  otherPrefectureId = elsewhere.id;
  const user = (email: string, role: string, prefecture: number) =>
    db.user.create({ data: { email, name: email, role, prefectureId: prefecture, passwordHash: "x" } }).then((u) => u.id);
  home = { staff: await user("staff@home.test", "STAFF", prefectureId), admin: await user("admin@home.test", "ADMIN", prefectureId) };
  other = { staff: await user("staff@other.test", "STAFF", elsewhere.id), admin: await user("admin@other.test", "ADMIN", elsewhere.id) };
});

/** Refused for the other prefecture, with the record untouched; accepted for its own prefecture. */
async function expectOnlyHomeMayWrite(action: Bound, id: number, values: Record<string, string>, load: () => Promise<unknown>, role: "staff" | "admin" = "staff") {
  const before = await load();
  await actAs(other[role]);
  const state = await action(id, idle, form(values));
  expect(state.status).toBe("error");
  expect(state.formError).toBe("notFound");
  expect(await load()).toEqual(before);

  await actAs(home[role]);
  // Saved: the action either redirects to the record or answers with a success message.
  const outcome = await action(id, idle, form(values)).then((s) => s.status, (e: Error) => e.message);
  expect(["success", "NEXT_REDIRECT"]).toContain(outcome);
}

const deletion = (version: number) => ({ reason: "test", confirm: "on", version: String(version) });

describe("a user of another prefecture", () => {
  it("cannot update or delete a cooperative, nor read it", async () => {
    const db = getDb();
    const load = () => db.cooperative.findUniqueOrThrow({ where: { id: 85 } });
    const c = await load();
    await expectOnlyHomeMayWrite(updateCooperativeAction, c.id, { ...cooperativeValues(c), version: String(c.version) }, load);
    const stranger = { id: other.staff, email: "staff@other.test", name: "", role: "STAFF" as const, isNational: false, prefectureId: otherPrefectureId };
    expect(await getCooperative(stranger, c.id, "fr")).toBeNull();
    const grantsOf85 = await db.grant.count({ where: { cooperativeId: c.id } });
    // A cooperative with grants is refused for everyone; one without is deleted only by its prefecture.
    const lonely = await db.cooperative.create({ data: { ...c, id: undefined, registerNumber: "LONELY", version: 1, grants: undefined } as never });
    await expectOnlyHomeMayWrite(deleteCooperativeAction, lonely.id, deletion(1), () => db.cooperative.findUnique({ where: { id: lonely.id } }));
    expect(grantsOf85).toBeGreaterThan(0);
  });

  it("cannot update or delete a grant", async () => {
    const db = getDb();
    // Not visited (a visited grant is cancelled, never deleted) and without a convention.
    const { id } = await db.grant.findFirstOrThrow({ where: { id: { gte: 3 }, visits: { none: {} }, convention: null }, orderBy: { id: "asc" } });
    const load = () => db.grant.findUniqueOrThrow({ where: { id }, include: { partnerContributions: true, tranches: { orderBy: { position: "asc" } } } });
    const g = await load();
    await expectOnlyHomeMayWrite(updateGrantAction, g.id, { ...grantValues(g), version: String(g.version), acknowledgeWarnings: "" }, load);
    const after = await load();
    await expectOnlyHomeMayWrite(deleteGrantAction, g.id, deletion(after.version), () => db.grant.findUnique({ where: { id: g.id } }));
  });

  it("cannot update or delete an organisation or an event", async () => {
    const db = getDb();
    const organisation = await db.organisation.findFirstOrThrow({ where: { code: "ONCA" } });
    const loadOrganisation = () => db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    await expectOnlyHomeMayWrite(updateOrganisationAction, organisation.id, { ...organisationValues(organisation), version: String(organisation.version) }, loadOrganisation);
    const spare = await db.organisation.create({ data: { prefectureId: organisation.prefectureId, code: "SPARE", kind: "OTHER", nameAr: "س", nameFr: "S" } });
    await expectOnlyHomeMayWrite(deleteOrganisationAction, spare.id, deletion(1), () => db.organisation.findUnique({ where: { id: spare.id } }));

    const loadEvent = () => db.event.findUniqueOrThrow({ where: { id: 1 }, select: storedEventSelect });
    const event = await loadEvent();
    await expectOnlyHomeMayWrite(updateEventAction, 1, { ...eventValues(event), version: String(event.version) }, loadEvent);
    const current = await loadEvent();
    await expectOnlyHomeMayWrite(deleteEventAction, 1, deletion(current.version), () => db.event.findUnique({ where: { id: 1 } }));
  });

  it("as an administrator, cannot change another prefecture's users or communes", async () => {
    const db = getDb();
    const staff = await db.user.findUniqueOrThrow({ where: { id: home.staff } });
    const loadUser = () => db.user.findUniqueOrThrow({ where: { id: staff.id } });
    await expectOnlyHomeMayWrite(updateUserAction, staff.id, { name: "Renamed", role: "MANAGER", isActive: "on", version: String(staff.version) }, loadUser, "admin");
    const commune = await db.commune.findFirstOrThrow({ where: { code: "SIDI-LYAMANI" } });
    const loadCommune = () => db.commune.findUniqueOrThrow({ where: { id: commune.id } });
    const values = { code: commune.code, nameAr: commune.nameAr, nameFr: "Sidi Lyamani (renamed)", legalStatus: commune.legalStatus, setting: commune.setting, version: String(commune.version) };
    await expectOnlyHomeMayWrite(updateCommuneAction, commune.id, values, loadCommune, "admin");
  });
});
