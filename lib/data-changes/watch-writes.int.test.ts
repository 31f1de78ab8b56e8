// The data generation moves once a write is visible to other connections, through the real adapters:
// run on both databases (TEST_DATABASE=postgres).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { dbProvider, getDb } from "@/lib/db";
import { isPostgresTestRun } from "@/lib/testing/postgres";
import { dataGeneration, viewGeneration } from "./generation";
import { withFiguresUnchanged, withWriteScope } from "./write-scope";
import { noticeOtherWriters } from "./other-writers";
import { startClusterBus } from "@/lib/cluster/bus";
import type { ClusterMessage } from "@/lib/cluster/messages";

const moved = async (run: () => Promise<unknown>) => {
  const before = dataGeneration();
  await run();
  return dataGeneration() - before;
};

describe(`writes seen by the data generation (${isPostgresTestRun() ? "PostgreSQL" : "SQLite"})`, () => {
  it("moves after a committed write, not after a read or a write to a table no figure reads", async () => {
    const db = getDb();
    expect(await moved(() => db.region.create({ data: { code: "GEN-1", nameAr: "جهة", nameFr: "Région" } }))).toBeGreaterThan(0);
    expect(await moved(() => db.region.findMany())).toBe(0);
    expect(await moved(() => db.grant.count())).toBe(0);
    expect(await moved(() => db.signInFailure.create({ data: { key: "someone@example.ma" } }))).toBe(0);
    expect(await moved(() => db.$executeRawUnsafe(`DELETE FROM "SignInFailure"`))).toBe(0);
    expect(await moved(() => db.$executeRawUnsafe(`UPDATE "Region" SET "nameFr" = 'Région 1' WHERE "code" = 'GEN-1'`))).toBeGreaterThan(0);
  });

  it("moves at the commit of a transaction that wrote, never before it, and not at all when it is rolled back", async () => {
    const db = getDb();
    let insideTransaction = -1;
    const committed = await moved(() =>
      db.$transaction(async (tx) => {
        const start = dataGeneration();
        await tx.region.create({ data: { code: "GEN-2", nameAr: "جهة", nameFr: "Région 2" } });
        await tx.region.update({ where: { code: "GEN-2" }, data: { nameFr: "Région deux" } });
        insideTransaction = dataGeneration() - start;
      }),
    );
    expect(insideTransaction).toBe(0);
    expect(committed).toBe(1);
    const rolledBack = await moved(() =>
      db
        .$transaction(async (tx) => {
          await tx.region.create({ data: { code: "GEN-3", nameAr: "جهة", nameFr: "Région 3" } });
          throw new Error("refused");
        })
        .catch(() => undefined),
    );
    expect(rolledBack).toBe(0);
    expect(await db.region.count({ where: { code: "GEN-3" } })).toBe(0);
    expect(await moved(() => db.$transaction(async (tx) => tx.region.findMany()))).toBe(0);
  });

  it("makes a write made for one prefecture stale for that prefecture's views and the country's only, inside a transaction too", async () => {
    const db = getDb();
    const views = () => ({ one: viewGeneration(1), two: viewGeneration(2), country: viewGeneration(null) });
    let before = views();
    await withWriteScope(1, () => db.region.update({ where: { code: "GEN-1" }, data: { nameFr: "Pour la préfecture 1" } }));
    let after = views();
    expect(after.one).not.toBe(before.one);
    expect(after.country).not.toBe(before.country);
    expect(after.two).toBe(before.two);
    before = after;
    await withWriteScope(2, () => db.$transaction(async (tx) => tx.region.update({ where: { code: "GEN-1" }, data: { nameFr: "Pour la préfecture 2" } })));
    after = views();
    expect(after.two).not.toBe(before.two);
    expect(after.one).toBe(before.one);
    // Outside any scope: every view.
    before = after;
    await db.region.update({ where: { code: "GEN-1" }, data: { nameFr: "Pour toutes" } });
    after = views();
    expect([after.one !== before.one, after.two !== before.two, after.country !== before.country]).toEqual([true, true, true]);
  });

  it("moves nothing for work that declared its writes change no figure, in a transaction too, and only for it", async () => {
    const db = getDb();
    const views = () => [viewGeneration(null), viewGeneration(1), dataGeneration()];
    const before = views();
    await withFiguresUnchanged(() => db.region.update({ where: { code: "GEN-1" }, data: { nameFr: "Sans effet 1" } }));
    await withFiguresUnchanged(() => db.$transaction(async (tx) => tx.region.update({ where: { code: "GEN-1" }, data: { nameFr: "Sans effet 2" } })));
    expect(views()).toEqual(before);
    // The declaration ends with its work: the next write, outside it, counts again.
    await db.region.update({ where: { code: "GEN-1" }, data: { nameFr: "Avec effet" } });
    expect(dataGeneration()).toBe((before[2] as number) + 1);
  });

  it.runIf(!isPostgresTestRun())("on SQLite, notices a write another process committed to the file", async () => {
    expect(dbProvider()).toBe("sqlite");
    await noticeOtherWriters(); // remembers the file's current version
    expect(await moved(() => noticeOtherWriters())).toBe(0);
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    const other = new Database(file);
    other.prepare(`UPDATE "Region" SET "nameFr" = 'Changée ailleurs' WHERE "code" = 'GEN-1'`).run();
    other.close();
    expect(await moved(() => noticeOtherWriters())).toBe(1);
    expect(await moved(() => noticeOtherWriters())).toBe(0);
  });

  it.runIf(isPostgresTestRun())("on PostgreSQL, a process that is not an instance tells the instances of each write before it resolves", async () => {
    const heard: ClusterMessage[] = [];
    const bus = await startClusterBus({ connectionString: process.env.DATABASE_URL!, onMessage: (m) => heard.push(m), onMissed: () => undefined, log: () => undefined });
    try {
      await getDb().region.findMany();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toEqual([]);
      await getDb().region.update({ where: { code: "GEN-1" }, data: { nameFr: "Région une" } });
      const deadline = Date.now() + 2000;
      while (heard.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(heard).toEqual([{ kind: "data-changed" }]);
      await getDb().signInFailure.create({ data: { key: "nobody@example.ma" } });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toHaveLength(1);
      // A write made for one prefecture says which.
      await withWriteScope(7, () => getDb().region.update({ where: { code: "GEN-1" }, data: { nameFr: "Région sept" } }));
      while (heard.length === 1 && Date.now() < deadline + 2000) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(heard[1]).toEqual({ kind: "data-changed", prefectureId: 7 });
      // Work that changes no figure tells no one.
      await withFiguresUnchanged(() => getDb().region.update({ where: { code: "GEN-1" }, data: { nameFr: "Région sans effet" } }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toHaveLength(2);
    } finally {
      await bus.stop();
    }
  });
});
