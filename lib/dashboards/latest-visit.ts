// Keeps GrantLatestVisit (prisma/schema.prisma) equal to what its grant's visits say, in the transaction of
// every visit write: the row of the touched grant is recomputed from that grant's visits (a handful), with the
// same SQL as the full rebuild, so the two cannot disagree. Recomputed rather than patched: which visit is
// the latest, and which one last measured each indicator, can change on any create, edit (date) or delete.
// No "server-only": the seed and the benchmark call rebuildGrantLatestVisits after bulk writes.
import type { Prisma } from "@/lib/generated/prisma/client";
// Not lib/db (whose Prisma client an e2e spec cannot load: prisma/seed/follow-up-demo.ts, imported by
// follow-up-pages.spec for a constant, reaches this file): the provider is read from the URL, as lib/db does.
import { DEFAULT_DATABASE_URL, isPostgresUrl } from "@/lib/database-url";

type Tx = Prisma.TransactionClient;

/**
 * Visits ranked latest first (visitedOn, then id) within their grant. The latest value of an indicator is
 * its lowest rank with a value, carried in one number: rank x RANK_UNIT + value, whose minimum gives both
 * (indicators are Int columns, 0 or more, always below RANK_UNIT).
 */
const RANK_UNIT = 10_000_000_000;
const latestOf = (column: string) =>
  `CAST(MIN(CASE WHEN "${column}" IS NOT NULL THEN "rank" * ${RANK_UNIT} + "${column}" END) % ${RANK_UNIT} AS INTEGER)`;

function rebuildSql(where: string): string {
  return `INSERT INTO "GrantLatestVisit" ("grantId", "visitId", "visitedOn", "projectState", "jobs", "jobsWomen", "jobsYoung")
    SELECT "grantId", MAX(CASE WHEN "rank" = 1 THEN "id" END), MAX(CASE WHEN "rank" = 1 THEN "visitedOn" END),
      MAX(CASE WHEN "rank" = 1 THEN "projectState" END), ${latestOf("jobs")}, ${latestOf("jobsWomen")}, ${latestOf("jobsYoung")}
    FROM (
      SELECT "id", "grantId", "visitedOn", "projectState", "jobs", "jobsWomen", "jobsYoung",
        ROW_NUMBER() OVER (PARTITION BY "grantId" ORDER BY "visitedOn" DESC, "id" DESC) AS "rank"
      FROM "Visit" ${where}
    ) ranked
    GROUP BY "grantId"`;
}

/** After a visit of `grantId` was created, edited or deleted, inside the same transaction. */
export async function refreshGrantLatestVisit(tx: Tx, grantId: number): Promise<void> {
  // Two visits of one grant written at once on PostgreSQL: the second waits here for the first to commit,
  // then reads its visit too (SQLite runs one write transaction at a time anyway).
  if (isPostgresUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL)) await tx.$queryRaw`SELECT 1 FROM "Grant" WHERE "id" = ${grantId} FOR NO KEY UPDATE`;
  await tx.$executeRaw`DELETE FROM "GrantLatestVisit" WHERE "grantId" = ${grantId}`;
  // grantId is a number from the database: safe to write into the statement.
  await tx.$executeRawUnsafe(rebuildSql(`WHERE "grantId" = ${Math.trunc(grantId)}`));
}

/** Recomputes every row from Visit, for bulk writes that bypass the mutations (seed, demo removal, benchmark). */
export async function rebuildGrantLatestVisits(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM "GrantLatestVisit"`);
  await tx.$executeRawUnsafe(rebuildSql(""));
}
