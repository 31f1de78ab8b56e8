// Every server action, called without a session and with every role that must not use it: each call is
// refused with a message and no row changes anywhere. A new actions.ts is picked up automatically, and
// the test fails until its permission is declared below.
import { execSync } from "node:child_process";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { can, ROLES, type Permission, type Role } from "@/lib/auth/roles";
import type { FormState } from "@/lib/actions/form-state";
import { seedAll } from "@/prisma/seed/seed-all";
import { actAs } from "@/lib/testing/action-harness";

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

/** The permission each actions module requires; "public" actions are reachable without a session. */
const MODULE_PERMISSION: Record<string, Permission> = {
  "/lib/cooperatives/actions.ts": "records.write",
  "/lib/organisations/actions.ts": "records.write",
  "/lib/grants/actions.ts": "records.write",
  "/lib/events/actions.ts": "records.write",
  "/lib/imports/actions.ts": "records.write",
  "/lib/users/actions.ts": "users.manage",
  "/lib/territory/actions.ts": "reference.write",
  "/lib/territory/structure-actions.ts": "reference.write",
  "/lib/territory/prefecture-actions.ts": "reference.write",
  "/lib/territory/import-actions.ts": "reference.write",
  "/lib/open-data/actions.ts": "records.publish",
  // Funding cycle: calls for projects
  "/lib/calls/actions.ts": "records.write",
  // ---- funding cycle: applications (paper applications; the public form is in SPECIAL) ----
  "/lib/applications/actions.ts": "records.write",
  // Funding cycle: screening and reviews (STAFF and ADMIN of the prefecture write; MANAGER, AUDITOR read).
  "/lib/screening/actions.ts": "records.write",
  "/lib/reviews/actions.ts": "records.write",
  // Funding cycle: committee (CPDH) sessions and decisions.
  "/lib/committee/actions.ts": "records.write",
  // ---- funding cycle: conventions (issue 13) ----
  "/lib/conventions/actions.ts": "records.write",
  // ---- follow-up in the field (issue 14): visits, baselines, photos, public pages of cooperatives ----
  "/lib/visits/actions.ts": "records.write",
  "/lib/photos/actions.ts": "records.write",
  "/lib/cooperatives/publication-actions.ts": "records.write",
};
const SPECIAL: Record<string, Permission | "public"> = {
  signInAction: "public",
  signOutAction: "public",
  // The first-run setup needs no session: the one-time console token is its key (lib/setup/mutations.int.test.ts).
  createFirstAdminAction: "public",
  changePasswordAction: "records.read",
  // ---- funding cycle: applications ----
  // The public application form needs no session: its ticket, honeypot and rate limit guard it, and each of
  // its refusals writing nothing is tested in lib/applications/submit.int.test.ts.
  submitApplicationAction: "public",
};

/**
 * JSON routes answering data to the pages' scripts, with the permission each needs: a visitor gets 401 and
 * a role without the permission 404, neither with any record.
 */
const JSON_ROUTES: { path: string; permission: Permission; load: () => Promise<{ GET: (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response> }> }[] = [
  { path: "/fr/admin/cooperatives/suggestions?q=", permission: "records.read", load: () => import("@/app/[locale]/admin/cooperatives/suggestions/route") },
];

type AnyAction = (...args: unknown[]) => Promise<FormState | void>;
// Every "use server" module: the files named actions.ts or *-actions.ts.
const modules = import.meta.glob<Record<string, unknown>>(["/lib/**/actions.ts", "/lib/**/*-actions.ts"]);

const COUNTED = [
  "region", "prefecture", "commune", "place", "phase", "programme", "axis", "sector", "organisation", "cooperative",
  "grant", "grantPartnerContribution", "grantTranche", "event", "eventPartner", "presentation", "user", "auditEntry",
  // Funding cycle: calls for projects
  "callForProjects", "callAxis", "callRequiredDocument", "callCriterion",
  // Follow-up in the field
  "visit", "grantBaseline", "photo", "photoVariant", "storedFile", "eventCooperative",
] as const;

// Screening and reviews write these (lib/screening, lib/reviews).
const SCREENING_COUNTED = ["applicationDocumentCheck", "review", "reviewScore"] as const;

async function rowCounts(): Promise<Record<string, number>> {
  const db = getDb() as unknown as Record<string, { count: () => Promise<number> }>;
  const counts: Record<string, number> = {};
  for (const model of [...COUNTED, ...SCREENING_COUNTED]) counts[model] = await db[model]!.count();
  return counts;
}

function plausibleForm(): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({
    registerNumber: "X-1", nameAr: "س", nameFr: "X", code: "X", kind: "OTHER", titleAr: "س", titleFr: "X", slug: "x",
    email: "new@example.ma", name: "X", role: "ADMIN", password: "a password long enough", reason: "test", confirm: "on",
    version: "1", members: "10", womenMembers: "5", youngMembers: "5", totalCost: "100", indhContribution: "50",
    beneficiaryContribution: "50", approvedOn: "2024-01-01", status: "APPROVED", currentPassword: "x",
    newPassword: "another long password", confirmPassword: "another long password",
  })) data.set(key, value);
  return data;
}

const userIds = {} as Record<Role, number>;

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedAll(db, { demo: true });
  for (const role of ROLES) {
    userIds[role] = (await db.user.create({ data: { email: `${role.toLowerCase()}@authz.test`, name: role, role, prefectureId, passwordHash: "x" } })).id;
  }
});

describe("server actions refuse whoever may not use them", async () => {
  const cases: { name: string; path: string; permission: Permission; action: AnyAction }[] = [];
  for (const [path, load] of Object.entries(modules)) {
    const exported = await load();
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== "function") continue;
      const special = SPECIAL[name];
      if (special === "public") continue;
      const permission = special ?? MODULE_PERMISSION[path];
      it(`declares the permission of ${name} (${path})`, () => expect(permission).toBeDefined());
      if (permission) cases.push({ name, path, permission, action: value as AnyAction });
    }
  }

  it("covers every file that declares server actions", () => {
    const declaring = execSync(`grep -rl --include=*.ts --include=*.tsx '^"use server"' lib app components || true`, { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map((file) => `/${file}`);
    expect(declaring.length).toBeGreaterThan(0);
    expect(declaring.filter((file) => !(file in modules))).toEqual([]);
  });

  for (const { name, permission, action } of cases) {
    const refusedRoles = ROLES.filter((role) => !can(role, permission));
    for (const who of [null, ...refusedRoles]) {
      it(`${name} refuses ${who ?? "a visitor without a session"}`, async () => {
        await actAs(who === null ? null : userIds[who]);
        const before = await rowCounts();
        // Bound actions take the record id first; 1 exists for every seeded kind.
        // Actions bound to two ids (a committee session and one of its agenda items) take both first.
        // (a visit or an event and one of its photos, an event and a cooperative it presented).
        const ids = action.length >= 4 ? [1, 1] : action.length >= 3 ? [1] : [];
        const args = [...ids, { status: "idle" }, plausibleForm()];
        const state = (await action(...args)) as FormState;
        expect(state.status).toBe("error");
        expect(state.formError).toBe(who === null ? "signInRequired" : "forbidden");
        expect(await rowCounts()).toEqual(before);
      });
    }
  }
});

describe("JSON routes refuse whoever may not use them", () => {
  for (const route of JSON_ROUTES) {
    for (const who of [null, ...ROLES]) {
      const allowed = who !== null && can(who, route.permission);
      it(`${route.path} ${allowed ? "answers" : "refuses"} ${who ?? "a visitor without a session"}`, async () => {
        await actAs(who === null ? null : userIds[who]);
        const { GET } = await route.load();
        const response = await GET(new Request(`http://localhost${route.path}`), { params: Promise.resolve({ locale: "fr" }) });
        const body = (await response.json()) as unknown;
        if (allowed) {
          expect(response.status).toBe(200);
          expect(Array.isArray(body) && body.length > 0).toBe(true);
        } else {
          expect(response.status).toBe(who === null ? 401 : 404);
          expect(Array.isArray(body)).toBe(false);
        }
      });
    }
  }
});

// ---------- Funding cycle: screening and review (lib/screening, lib/reviews) ----------
describe("the application document download refuses whoever may not read it", () => {
  let own: { applicationId: number; documentId: number };
  let other: { applicationId: number; documentId: number };
  beforeAll(async () => {
    const { createApplicationFixture, createCallFixture } = await import("@/lib/funding/test-fixtures");
    const db = getDb();
    const firstDocument = async (applicationId: number) => (await db.applicationDocument.findFirstOrThrow({ where: { applicationId } })).id;
    const prefectureId = (await db.user.findUniqueOrThrow({ where: { id: userIds.STAFF } })).prefectureId;
    const application = await createApplicationFixture(await createCallFixture(prefectureId));
    own = { applicationId: application.id, documentId: await firstDocument(application.id) };
    const elsewhere = await db.prefecture.create({ data: { code: "AUTHZ-ELSEWHERE", nameAr: "أخرى", nameFr: "Ailleurs", regionId: (await db.region.findFirstOrThrow()).id } });
    await db.commune.create({ data: { prefectureId: elsewhere.id, code: "AUTHZ-ELSEWHERE-C", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
    const foreign = await createApplicationFixture(await createCallFixture(elsewhere.id));
    other = { applicationId: foreign.id, documentId: await firstDocument(foreign.id) };
  });
  const download = async (ids: { applicationId: number; documentId: number }) => {
    const { GET } = await import("@/app/[locale]/admin/applications/[id]/documents/[documentId]/route");
    const params = { locale: "fr", id: String(ids.applicationId), documentId: String(ids.documentId) };
    return GET(new Request(`http://localhost/fr/admin/applications/${params.id}/documents/${params.documentId}`), { params: Promise.resolve(params) });
  };

  for (const who of [null, ...ROLES]) {
    it(`${who ? `serves ${who} of the prefecture` : "refuses a visitor without a session"}, and refuses another prefecture's file and a file of another application`, async () => {
      await actAs(who === null ? null : userIds[who]);
      const response = await download(own);
      if (who === null) {
        expect(response.status).toBe(401);
        return;
      }
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 4).toString("latin1")).toBe("%PDF");
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="T-[0-9A-F]+-1\.pdf"/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toMatch(/sandbox/);
      expect((await download(other)).status).toBe(404);
      expect((await download({ applicationId: own.applicationId, documentId: other.documentId })).status).toBe(404);
      expect((await download({ applicationId: own.applicationId, documentId: 0 })).status).toBe(404);
    });
  }
});

// ---------- Follow-up in the field: photos (issue 14) ----------
describe("the photo route serves a public photo to anyone and a private one to its prefecture only", () => {
  let shown = 0;
  let hidden = 0;
  let outsider = 0;
  beforeAll(async () => {
    const db = getDb();
    // The demonstration event's gallery: described public photos, and one left private.
    shown = (await db.photo.findFirstOrThrow({ where: { eventId: { not: null }, isPublic: true } })).id;
    hidden = (await db.photo.findFirstOrThrow({ where: { eventId: { not: null }, isPublic: false } })).id;
    const elsewhere = await db.prefecture.create({ data: { code: "AUTHZ-PHOTOS", nameAr: "أخرى", nameFr: "Ailleurs", regionId: (await db.region.findFirstOrThrow()).id } });
    outsider = (await db.user.create({ data: { email: "admin@photos-elsewhere.test", name: "A", role: "ADMIN", prefectureId: elsewhere.id, passwordHash: "x" } })).id;
  });
  const fetchPhoto = async (id: number, width = 480) => {
    const { GET } = await import("@/app/photos/[file]/route");
    return GET(new Request(`http://localhost/photos/${id}-${width}.webp`), { params: Promise.resolve({ file: `${id}-${width}.webp` }) });
  };

  it("serves the public photo to a visitor, cacheable by shared caches", async () => {
    await actAs(null);
    const response = await fetchPhoto(shown);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toContain("public");
  });

  for (const who of [null, ...ROLES]) {
    it(`${who ? `serves the private photo to ${who} of the prefecture` : "refuses the private photo to a visitor"}`, async () => {
      await actAs(who === null ? null : userIds[who]);
      const response = await fetchPhoto(hidden);
      expect(response.status).toBe(who === null ? 404 : 200);
      if (who) expect(response.headers.get("cache-control")).toContain("private");
    });
  }

  it("refuses the private photo to another prefecture, and names that are not photos", async () => {
    await actAs(outsider);
    expect((await fetchPhoto(hidden)).status).toBe(404);
    expect((await fetchPhoto(shown)).status).toBe(200);
    const { GET } = await import("@/app/photos/[file]/route");
    for (const file of ["../../etc/passwd", `${hidden}-480.png`, `0-480.webp`, `${hidden}.webp`, "99999999-480.webp"]) {
      const response = await GET(new Request(`http://localhost/photos/x`), { params: Promise.resolve({ file }) });
      expect(response.status).toBe(404);
    }
  });
});
