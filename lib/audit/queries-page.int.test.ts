import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { toAuditJson } from "@/lib/audit/serialize";
import { seedReference } from "@/prisma/seed/reference";
import { listAuditEntityTypes, listAuditEntries } from "./queries-page";
import { parseAuditFilters } from "./filters";
import { presentChanges } from "./present";
import { messagesTranslator } from "./translate";

let auditorA: SessionUser;
let national: SessionUser;
let prefectureB: number;

// Entries are created with a chosen time to set up a history (creating is the only write the trail allows).
async function entry(at: string, prefectureId: number | null, action: "CREATE" | "UPDATE" | "DELETE", entityType: string, entityId: number, email: string, before: object | null, after: object | null) {
  await getDb().auditEntry.create({
    data: { at: new Date(at), userEmail: email, prefectureId, action, entityType, entityId: String(entityId), before: toAuditJson(before as Record<string, unknown>), after: toAuditJson(after as Record<string, unknown>) },
  });
}

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  prefectureB = (await db.prefecture.create({ data: { code: "B", nameAr: "ب", nameFr: "B", regionId: (await db.region.findFirstOrThrow()).id } })).id;
  auditorA = { id: 1, email: "auditor@a.ma", name: "Auditor", role: "AUDITOR", isNational: false, prefectureId };
  national = { ...auditorA, id: 2, email: "nat@a.ma", isNational: true };
  await entry("2025-01-10T09:00:00Z", prefectureId, "CREATE", "Commune", 1, "admin@a.ma", null, { code: "X", nameFr: "Ex" });
  await entry("2025-01-20T09:00:00Z", prefectureId, "UPDATE", "Commune", 1, "admin@a.ma", { code: "X", nameFr: "Ex" }, { code: "X", nameFr: "Why" });
  await entry("2025-02-05T09:00:00Z", prefectureId, "DELETE", "Cooperative", 7, "staff@a.ma", { name: "C" }, null);
  await entry("2025-01-31T23:30:00Z", prefectureId, "UPDATE", "User", 3, "admin@a.ma", { role: "STAFF" }, { role: "MANAGER" });
  await entry("2025-01-15T09:00:00Z", prefectureB, "CREATE", "Commune", 2, "admin@b.ma", null, { code: "B" });
  await entry("2025-01-16T09:00:00Z", null, "UPDATE", "Axis", 4, "nat@a.ma", { maxIndhSharePercent: 70 }, { maxIndhSharePercent: 60 });
});

const list = (user: SessionUser, raw: Record<string, string>) => listAuditEntries(user, parseAuditFilters(raw));

describe("the audit page query", () => {
  it("shows only the reader's prefecture, newest first; a national reader sees everything", async () => {
    const own = await list(auditorA, {});
    expect(own.total).toBe(4);
    expect(own.entries.map((e) => e.entityType)).toEqual(["Cooperative", "User", "Commune", "Commune"]);
    expect((await list(national, {})).total).toBe(6);
    expect(await listAuditEntityTypes(auditorA)).toEqual(["Commune", "Cooperative", "User"]);
  });

  it("filters by entity type, action, user email and entity id", async () => {
    expect((await list(auditorA, { entityType: "Commune" })).total).toBe(2);
    expect((await list(auditorA, { action: "DELETE" })).entries.map((e) => e.entityId)).toEqual(["7"]);
    expect((await list(auditorA, { userEmail: "STAFF@" })).total).toBe(1);
    expect((await list(auditorA, { entityType: "Commune", entityId: "1", action: "UPDATE" })).total).toBe(1);
    expect((await list(auditorA, { entityId: "2" })).total).toBe(0); // prefecture B's commune stays hidden
  });

  it("filters by Moroccan calendar days, both ends included", async () => {
    // 2025-01-31T23:30Z is already 1 February in Morocco (+01:00).
    const january = await list(auditorA, { from: "2025-01-01", to: "2025-01-31" });
    expect(january.entries.map((e) => e.entityType)).toEqual(["Commune", "Commune"]);
    expect((await list(auditorA, { from: "2025-02-01" })).total).toBe(2);
    expect((await list(auditorA, { to: "2025-01-10" })).total).toBe(1);
  });

  it("gives each entry its snapshots, which read as the changed fields only", async () => {
    const fr = { locale: "fr" as const, t: messagesTranslator("fr") };
    const [update] = (await list(auditorA, { entityType: "Commune", action: "UPDATE" })).entries;
    expect(presentChanges(update!, fr)).toEqual([{ label: "Nom en français", change: "changed", before: "Ex", after: "Why" }]);
    const [created] = (await list(auditorA, { entityType: "Commune", action: "CREATE" })).entries;
    expect(presentChanges(created!, fr).map((r) => [r.label, r.after])).toEqual([["Code", "X"], ["Nom en français", "Ex"]]);
  });

  it("reads a period typed day first", async () => {
    expect((await list(auditorA, { from: "01/01/2025", to: "31/01/2025" })).total).toBe(2);
    // A day that does not exist is not applied (the page says so next to the field).
    expect((await list(auditorA, { from: "31/02/2025" })).total).toBe(4);
  });

  it("pages by the shared page size", async () => {
    expect((await list(national, { page: "2" })).entries).toEqual([]);
  });
});
