// The behaviour the app relies on, identical on SQLite and PostgreSQL (run on both: TEST_DATABASE=postgres).
import { describe, expect, it } from "vitest";
import { containsText, dbProvider, getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isPostgresTestRun } from "@/lib/testing/postgres";

describe(`the database (${isPostgresTestRun() ? "PostgreSQL" : "SQLite"})`, () => {
  it("is the provider the test run asked for", () => {
    expect(dbProvider()).toBe(isPostgresTestRun() ? "postgresql" : "sqlite");
  });

  it("orders text by its bytes (capitals first, accented letters last) and matches ASCII case-insensitively", async () => {
    const db = getDb();
    const names = ["zeta", "Élan", "abc", "Zeta", "Abd"];
    for (const [i, nameFr] of names.entries()) await db.region.create({ data: { code: `ORDER-${i}`, nameAr: "ترتيب", nameFr } });
    const ordered = await db.region.findMany({ where: { code: { startsWith: "ORDER-" } }, orderBy: { nameFr: "asc" } });
    expect(ordered.map((r) => r.nameFr)).toEqual(["Abd", "Zeta", "abc", "zeta", "Élan"]);
    const found = await db.region.findMany({ where: { code: { startsWith: "ORDER-" }, nameFr: containsText("ZET") }, orderBy: { id: "asc" } });
    expect(found.map((r) => r.nameFr)).toEqual(["zeta", "Zeta"]);
  });

  it("keeps centimes beyond 2^53 exact, one by one and summed", async () => {
    const db = getDb();
    const big = 2n ** 60n + 7n;
    const key = { prefectureId: 1, communeId: 1, programmeId: 1, axisId: 0, status: "APPROVED", isDemo: false };
    const measures = (total: bigint) => ({
      grantCount: 1, totalCostCentimes: total, indhContributionCentimes: 1n, beneficiaryContributionCentimes: 0n,
      partnersContributionCentimes: 0n, tranchesPlannedCentimes: 0n, tranchesPaidCentimes: 0n,
    });
    await db.grantSummary.create({ data: { ...key, approvalYear: 2024, ...measures(big) } });
    await db.grantSummary.create({ data: { ...key, approvalYear: 2025, ...measures(big + 1n) } });
    const row = await db.grantSummary.findFirstOrThrow({ where: { approvalYear: 2024 } });
    expect(row.totalCostCentimes).toBe(big);
    const sum = await db.grantSummary.aggregate({ _sum: { totalCostCentimes: true } });
    expect(sum._sum.totalCostCentimes).toBe(2n * big + 1n);
    const grouped = await db.grantSummary.groupBy({ by: ["isDemo"], _sum: { totalCostCentimes: true } });
    expect(grouped[0]?._sum.totalCostCentimes).toBe(2n * big + 1n);
  });

  it("stores instants in UTC to the millisecond, and fills now() defaults with the current instant", async () => {
    const db = getDb();
    // 02:30 on the night Morocco's clocks changed (Ramadan 2025), and a summer afternoon.
    const instants = [new Date("2025-02-23T02:30:00.123Z"), new Date("2025-07-09T09:00:00.000Z")];
    for (const createdAt of instants) await db.signInFailure.create({ data: { key: "time-zone-test", createdAt } });
    const back = await db.signInFailure.findMany({ where: { key: "time-zone-test" }, orderBy: { id: "asc" } });
    expect(back.map((r) => r.createdAt.toISOString())).toEqual(instants.map((d) => d.toISOString()));
    const inWindow = await db.signInFailure.count({ where: { key: "time-zone-test", createdAt: { gte: instants[0], lt: instants[1] } } });
    expect(inWindow).toBe(1);

    const before = Date.now();
    const now = await db.signInFailure.create({ data: { key: "now-test" } });
    expect(Math.abs(now.createdAt.getTime() - before)).toBeLessThan(60_000);
  });

  it("reports a unique violation as P2002", async () => {
    const db = getDb();
    await db.region.create({ data: { code: "UNIQUE-1", nameAr: "أ", nameFr: "A" } });
    const error = await db.region.create({ data: { code: "UNIQUE-1", nameAr: "ب", nameFr: "B" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  });

  it("runs the app's raw SQL: quoted identifiers, booleans, counts", async () => {
    const db = getDb();
    await db.region.create({ data: { code: "RAW-1", nameAr: "خام", nameFr: "Brut" } });
    const rows = await db.$queryRaw<{ n: number | bigint; yes: unknown }[]>`
      SELECT COUNT(*) AS "n", (COUNT(*) > ${0}) AS "yes" FROM "Region" r WHERE r."code" = ${"RAW-1"}`;
    expect(Number(rows[0]!.n)).toBe(1);
    expect(Boolean(Number(rows[0]!.yes))).toBe(true);
    const updated = await db.$executeRaw`UPDATE "Region" SET "nameFr" = ${"Brut 2"} WHERE "code" IN (${Prisma.join(["RAW-1", "RAW-2"])})`;
    expect(updated).toBe(1);
  });
});
