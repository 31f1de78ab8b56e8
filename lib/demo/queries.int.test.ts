// The workspace's demo banner asks on every page whether demo content exists: answered from the last count until
// the records change (a real database, both kinds: TEST_DATABASE=postgres).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { createTestUser } from "@/lib/testing/test-user";
import { hasDemoContent } from "./queries";

const db = () => getDb();
let prefectureId: number;

beforeAll(async () => {
  ({ prefectureId } = await seedReference(db()));
});

describe("hasDemoContent", () => {
  it("follows demo records at once, and a demo account within its recheck time", async () => {
    const t0 = Date.now();
    expect(await hasDemoContent(t0)).toBe(false);

    // A demo account: a User write, which moves no data generation. The last answer stands for 10 s.
    const { user } = await createTestUser(db(), { role: "STAFF", prefectureId });
    await db().user.update({ where: { id: user.id }, data: { isDemo: true } });
    expect(await hasDemoContent(t0 + 1_000)).toBe(false);
    expect(await hasDemoContent(t0 + 10_000)).toBe(true);
    await db().user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await hasDemoContent(t0 + 21_000)).toBe(false);

    // A demo cooperative, then its removal: each is seen on the next page.
    const commune = await db().commune.findFirstOrThrow({ where: { prefectureId } });
    const sector = await db().sector.findFirstOrThrow();
    const cooperative = await db().cooperative.create({
      data: { prefectureId, registerNumber: "DEMO-1", nameAr: "تعاونية تجريبية", nameFr: "Coopérative de démonstration", sectorId: sector.id, communeId: commune.id, members: 7, womenMembers: 4, youngMembers: 2, isDemo: true },
    });
    expect(await hasDemoContent(t0 + 21_001)).toBe(true);
    await db().cooperative.delete({ where: { id: cooperative.id } });
    expect(await hasDemoContent(t0 + 21_002)).toBe(false);
  });
});
