// The call actions as the forms call them: FormData in, FormState out (or a redirect after a save).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import type { FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { createTestUser } from "@/lib/testing/test-user";
import { redirect } from "@/lib/i18n/navigation";
import { revalidatePath } from "next/cache";
import { seedReference } from "@/prisma/seed/reference";
import { createCallAction, publishCallAction, setCallResultsPublicAction } from "./actions";

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

const users = {} as Record<"STAFF" | "MANAGER" | "AUDITOR", number>;
let form: Record<string, string>;

const data = (values: Record<string, string>) => {
  const d = new FormData();
  for (const [k, v] of Object.entries(values)) d.append(k, v);
  return d;
};
const idle = { status: "idle" } as FormState;

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  for (const role of ["STAFF", "MANAGER", "AUDITOR"] as const) users[role] = (await createTestUser(db, { role, prefectureId })).user.id;
  const axis = await db.axis.findFirstOrThrow({ where: { code: "SOCIAL-SOLIDARITY-ECONOMY" } });
  form = {
    reference: "AAP-ACT-1", titleAr: "طلب مشاريع", titleFr: "Appel d'essai", textAr: "نص", textFr: "Texte",
    programmeId: String(axis.programmeId), "axes.3": String(axis.id), opensAtDate: "01/06/2026", opensAtTime: "09:00",
    closesAtDate: "30/06/2026", closesAtTime: "16h30", envelope: "2.000.000,00",
    "documents.0.labelAr": "طلب", "documents.0.labelFr": "Lettre", "documents.1.labelAr": "", "documents.1.labelFr": "",
    "criteria.0.labelAr": "الحاجة", "criteria.0.labelFr": "Besoin", "criteria.0.weight": "50",
    "criteria.1.labelAr": "الأثر", "criteria.1.labelFr": "Impact", "criteria.1.weight": "40",
    "criteria.2.labelAr": "", "criteria.2.labelFr": "", "criteria.2.weight": "",
  };
});

describe("createCallAction", () => {
  it("refuses weights summing to 90 next to the grid, writes nothing and sends back what was typed", async () => {
    await actAs(users.STAFF);
    const before = await getDb().callForProjects.count();
    const state = await createCallAction(idle, data(form));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ criteria: "calls.weightsSum" });
    expect(state.values["criteria.1.weight"]).toBe("40");
    expect(state.values.titleFr).toBe("Appel d'essai");
    expect(await getDb().callForProjects.count()).toBe(before);
  });

  it("saves a correct form and refreshes the public pages in both languages", async () => {
    await actAs(users.STAFF);
    vi.mocked(revalidatePath).mockClear();
    await expect(createCallAction(idle, data({ ...form, "criteria.1.weight": "50" }))).rejects.toThrow("NEXT_REDIRECT");
    const call = await getDb().callForProjects.findFirstOrThrow({ where: { reference: "AAP-ACT-1" } });
    expect(vi.mocked(redirect).mock.calls.at(-1)![0]).toMatchObject({ href: `/admin/calls/${call.id}` });
    const paths = vi.mocked(revalidatePath).mock.calls.map((c) => c[0]);
    for (const path of ["/ar", "/fr/calls", `/ar/calls/${call.slug}`, `/fr/calls/${call.slug}`]) expect(paths).toContain(path);
  });

  it("refuses MANAGER and AUDITOR, writing nothing", async () => {
    const call = await getDb().callForProjects.findFirstOrThrow({ where: { reference: "AAP-ACT-1" } });
    for (const role of ["MANAGER", "AUDITOR"] as const) {
      await actAs(users[role]);
      const count = await getDb().auditEntry.count();
      expect((await createCallAction(idle, data({ ...form, reference: "AAP-ACT-2" }))).formError).toBe("forbidden");
      expect((await publishCallAction(call.id, idle, data({ version: "1" }))).formError).toBe("forbidden");
      expect((await setCallResultsPublicAction(call.id, idle, data({ version: "1", resultsPublic: "on" }))).formError).toBe("forbidden");
      expect(await getDb().auditEntry.count()).toBe(count);
    }
    expect(await getDb().callForProjects.findFirst({ where: { reference: "AAP-ACT-2" } })).toBeNull();
    expect((await getDb().callForProjects.findUniqueOrThrow({ where: { id: call.id } })).status).toBe("DRAFT");
  });

  it("answers a forged id (not a positive integer) as not found", async () => {
    await actAs(users.STAFF);
    expect((await publishCallAction(1.5 as number, idle, data({ version: "1" }))).formError).toBe("notFound");
  });
});
