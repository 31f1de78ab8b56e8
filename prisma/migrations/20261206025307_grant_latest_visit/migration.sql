-- CreateTable
CREATE TABLE "GrantLatestVisit" (
    "grantId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "visitId" INTEGER NOT NULL,
    "visitedOn" DATETIME NOT NULL,
    "projectState" TEXT NOT NULL,
    "jobs" INTEGER,
    "jobsWomen" INTEGER,
    "jobsYoung" INTEGER,
    CONSTRAINT "GrantLatestVisit_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Backfill from the visits already recorded: the same statement as rebuildGrantLatestVisits
-- (lib/dashboards/latest-visit.ts). Visits ranked latest first per grant, and the latest value of an indicator is its
-- lowest rank with a value, carried as rank x 10^10 + value.
INSERT INTO "GrantLatestVisit" ("grantId", "visitId", "visitedOn", "projectState", "jobs", "jobsWomen", "jobsYoung")
SELECT "grantId", MAX(CASE WHEN "rank" = 1 THEN "id" END), MAX(CASE WHEN "rank" = 1 THEN "visitedOn" END),
  MAX(CASE WHEN "rank" = 1 THEN "projectState" END),
  CAST(MIN(CASE WHEN "jobs" IS NOT NULL THEN "rank" * 10000000000 + "jobs" END) % 10000000000 AS INTEGER),
  CAST(MIN(CASE WHEN "jobsWomen" IS NOT NULL THEN "rank" * 10000000000 + "jobsWomen" END) % 10000000000 AS INTEGER),
  CAST(MIN(CASE WHEN "jobsYoung" IS NOT NULL THEN "rank" * 10000000000 + "jobsYoung" END) % 10000000000 AS INTEGER)
FROM (
  SELECT "id", "grantId", "visitedOn", "projectState", "jobs", "jobsWomen", "jobsYoung",
    ROW_NUMBER() OVER (PARTITION BY "grantId" ORDER BY "visitedOn" DESC, "id" DESC) AS "rank"
  FROM "Visit"
) ranked
GROUP BY "grantId";
