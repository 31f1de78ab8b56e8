import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { createApplicationFixture, createCallFixture, type CallFixture } from "@/lib/funding/test-fixtures";
import { dataGeneration } from "@/lib/data-changes/generation";
import { eraseExpiredApplicantData, RETENTION_ACTOR, retentionCutoff } from "./retention";

const db = () => getDb();
const NOW = new Date("2031-07-01T10:00:00Z");
const yearsBefore = (years: number, days = 0) => new Date(NOW.getTime() - years * 365.25 * 24 * 3600 * 1000 - days * 24 * 3600 * 1000);
let call: CallFixture;

/** An application in `status`, decided (or screened) at `on`, with the audit entry its submission writes. */
async function application(status: string, on: Date, field: "decidedAt" | "screenedAt" = "decidedAt") {
  const { id } = await createApplicationFixture(call, { status });
  await db().application.update({ where: { id }, data: { contactEmail: "fatima@example.ma", [field]: on } });
  await db().auditEntry.create({
    data: {
      userEmail: "public-form", prefectureId: call.prefectureId, action: "CREATE", entityType: "Application", entityId: String(id),
      after: JSON.stringify({ contactName: "Fatima", contactPhone: "0600000000", contactEmail: "fatima@example.ma", documents: "cin-fatima.pdf", projectTitle: "Tissage" }),
    },
  });
  return id;
}
const state = (id: number) => db().application.findUniqueOrThrow({ where: { id }, select: { contactName: true, contactPhone: true, contactEmail: true, personalDataErasedAt: true, projectTitle: true, totalCostCentimes: true, status: true, _count: { select: { documents: true } } } });

beforeAll(async () => {
  const { prefectureId } = await seedReference(db());
  call = await createCallFixture(prefectureId);
});

describe("law 09-08 retention", () => {
  it("counts five years back to the same day", () => {
    expect(retentionCutoff(NOW).toISOString()).toBe("2026-07-01T10:00:00.000Z");
  });

  it("erases contact details and documents of applications not retained five years ago, in the application and its audit trail", async () => {
    const rejected = await application("REJECTED", yearsBefore(5, 1));
    const ineligible = await application("INELIGIBLE", yearsBefore(6), "screenedAt");
    const deferred = await application("DEFERRED", yearsBefore(5, 30));
    const recent = await application("REJECTED", yearsBefore(4));
    const approved = await application("APPROVED", yearsBefore(8));
    const filesBefore = await db().storedFile.count();

    const generation = dataGeneration();
    const result = await eraseExpiredApplicantData(db(), NOW);
    expect(result).toEqual({ applications: 3, files: 6 });
    // No figure reads what was erased: the dashboards' kept views stay (lib/data-changes/write-scope.ts).
    expect(dataGeneration()).toBe(generation);
    expect(await db().storedFile.count()).toBe(filesBefore - 6);
    for (const id of [rejected, ineligible, deferred]) {
      expect(await state(id)).toMatchObject({ contactName: "—", contactPhone: "—", contactEmail: null, personalDataErasedAt: NOW, projectTitle: "وحدة تثمين", totalCostCentimes: 40_000_000n, _count: { documents: 0 } });
      const entries = await db().auditEntry.findMany({ where: { entityType: "Application", entityId: String(id) }, orderBy: { id: "asc" } });
      expect(entries.map((e) => `${e.before ?? ""}${e.after ?? ""}`).join()).not.toMatch(/Fatima|0600000000|fatima@|cin-fatima/);
      expect(JSON.parse(entries[0]!.after!)).toMatchObject({ contactName: "—", projectTitle: "Tissage" });
      expect(entries.at(-1)).toMatchObject({ userEmail: RETENTION_ACTOR.email, userId: null, action: "UPDATE" });
    }
    // Still within five years, or approved (its grant and convention are public records): untouched.
    for (const id of [recent, approved]) {
      expect(await state(id)).toMatchObject({ contactName: "Fatima", contactEmail: "fatima@example.ma", personalDataErasedAt: null, _count: { documents: 2 } });
    }
    // Done once: a second run finds nothing.
    expect(await eraseExpiredApplicantData(db(), NOW)).toEqual({ applications: 0, files: 0 });
  });
});
