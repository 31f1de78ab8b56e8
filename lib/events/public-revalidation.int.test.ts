// The public event page is cached (ISR, app/[locale]/events/[slug]/page.tsx): it changes only because the
// event actions revalidate it. Each action must name the page in both languages (under its old slug too
// after a rename), the public list and the home page, or visitors keep reading the old event.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { actAs } from "@/lib/testing/action-harness";
import { seedAll } from "@/prisma/seed/seed-all";
import { toFormValues } from "./form-values";
import { storedEventSelect } from "./stored-event";
import { createEventAction, deleteEventAction, updateEventAction } from "./actions";

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

const SEED_SLUG = "cooperatives-day-tanger-2025";
const publicPaths = (slug: string) => ["/ar", "/fr", "/ar/events", "/fr/events", `/ar/events/${slug}`, `/fr/events/${slug}`];
const loadEvent = (slug: string) => getDb().event.findUniqueOrThrow({ where: { slug }, select: storedEventSelect });

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
};

/** Runs an action that should save (it ends in a redirect) and returns the paths it revalidated. */
async function revalidatedBy(call: () => Promise<FormState>): Promise<string[]> {
  vi.mocked(revalidatePath).mockClear();
  await expect(call()).rejects.toThrow("NEXT_REDIRECT");
  return vi.mocked(revalidatePath).mock.calls.map(([path]) => path);
}

beforeAll(async () => {
  await seedAll(getDb(), { demo: false });
  const { prefectureId } = await loadEvent(SEED_SLUG);
  const staff = await getDb().user.create({ data: { email: "staff@revalidation.test", name: "Staff", role: "STAFF", prefectureId, passwordHash: "x" } });
  await actAs(staff.id);
});

describe("event actions revalidate the cached public pages", () => {
  it("an edit that renames the event: its page under the new and the old slug, the list, the home", async () => {
    const event = await loadEvent(SEED_SLUG);
    const values = { ...toFormValues(event), version: String(event.version), slug: "renamed-event", titleFr: "Nouveau titre" };
    const paths = await revalidatedBy(() => updateEventAction(event.id, initialFormState, form(values)));
    expect((await loadEvent("renamed-event")).titleFr).toBe("Nouveau titre");
    expect(paths).toEqual(expect.arrayContaining([...publicPaths("renamed-event"), `/ar/events/${SEED_SLUG}`, `/fr/events/${SEED_SLUG}`]));
  });

  it("publishing a new event, then deleting it: its page, the list and the home each time", async () => {
    const source = await loadEvent("renamed-event");
    const values = { ...toFormValues(source), slug: "published-event", status: "PUBLISHED" };
    expect(await revalidatedBy(() => createEventAction(initialFormState, form(values)))).toEqual(expect.arrayContaining(publicPaths("published-event")));
    const created = await loadEvent("published-event");
    const deletion = { reason: "test", confirm: "on", version: String(created.version) };
    expect(await revalidatedBy(() => deleteEventAction(created.id, initialFormState, form(deletion)))).toEqual(expect.arrayContaining(publicPaths("published-event")));
    expect(await getDb().event.findUnique({ where: { slug: "published-event" } })).toBeNull();
  });
});
