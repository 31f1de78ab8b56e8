-- CreateTable
CREATE TABLE "GrantSummary" (
    "prefectureId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "axisId" INTEGER NOT NULL,
    "approvalYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL,
    "grantCount" INTEGER NOT NULL,
    "totalCostCentimes" BIGINT NOT NULL,
    "indhContributionCentimes" BIGINT NOT NULL,
    "beneficiaryContributionCentimes" BIGINT NOT NULL,
    "partnersContributionCentimes" BIGINT NOT NULL,
    "tranchesPlannedCentimes" BIGINT NOT NULL,
    "tranchesPaidCentimes" BIGINT NOT NULL,

    PRIMARY KEY ("prefectureId", "communeId", "programmeId", "axisId", "approvalYear", "status", "isDemo")
);

-- CreateTable
CREATE TABLE "GrantSectorSummary" (
    "prefectureId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "axisId" INTEGER NOT NULL,
    "approvalYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "grantCount" INTEGER NOT NULL,
    "totalCostCentimes" BIGINT NOT NULL,
    "indhContributionCentimes" BIGINT NOT NULL,
    "beneficiaryContributionCentimes" BIGINT NOT NULL,
    "partnersContributionCentimes" BIGINT NOT NULL,
    "tranchesPlannedCentimes" BIGINT NOT NULL,
    "tranchesPaidCentimes" BIGINT NOT NULL,

    PRIMARY KEY ("prefectureId", "sectorId", "programmeId", "axisId", "approvalYear", "status")
);

-- CreateTable
CREATE TABLE "GrantCommuneSectorSummary" (
    "prefectureId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "sectorId" INTEGER NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "axisId" INTEGER NOT NULL,
    "approvalYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "grantCount" INTEGER NOT NULL,
    "totalCostCentimes" BIGINT NOT NULL,
    "indhContributionCentimes" BIGINT NOT NULL,
    "beneficiaryContributionCentimes" BIGINT NOT NULL,
    "partnersContributionCentimes" BIGINT NOT NULL,
    "tranchesPlannedCentimes" BIGINT NOT NULL,
    "tranchesPaidCentimes" BIGINT NOT NULL,

    PRIMARY KEY ("prefectureId", "communeId", "sectorId", "programmeId", "axisId", "approvalYear", "status")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cooperative" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "registerNumber" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "sectorId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "placeId" INTEGER,
    "foundedOn" DATETIME,
    "members" INTEGER NOT NULL,
    "womenMembers" INTEGER NOT NULL,
    "youngMembers" INTEGER NOT NULL,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "isWomenLed" BOOLEAN NOT NULL DEFAULT false,
    "isYouth" BOOLEAN NOT NULL DEFAULT false,
    "countedGrants" INTEGER NOT NULL DEFAULT 0,
    "isFunded" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Cooperative_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Cooperative" ("communeId", "contactEmail", "contactName", "contactPhone", "createdAt", "foundedOn", "id", "isDemo", "isPublic", "isWomenLed", "isYouth", "members", "nameAr", "nameFr", "placeId", "prefectureId", "registerNumber", "searchText", "sectorId", "updatedAt", "version", "womenMembers", "youngMembers") SELECT "communeId", "contactEmail", "contactName", "contactPhone", "createdAt", "foundedOn", "id", "isDemo", "isPublic", "isWomenLed", "isYouth", "members", "nameAr", "nameFr", "placeId", "prefectureId", "registerNumber", "searchText", "sectorId", "updatedAt", "version", "womenMembers", "youngMembers" FROM "Cooperative";
DROP TABLE "Cooperative";
ALTER TABLE "new_Cooperative" RENAME TO "Cooperative";
CREATE INDEX "Cooperative_communeId_idx" ON "Cooperative"("communeId");
CREATE INDEX "Cooperative_isDemo_idx" ON "Cooperative"("isDemo");
CREATE INDEX "Cooperative_prefectureId_communeId_isWomenLed_isYouth_idx" ON "Cooperative"("prefectureId", "communeId", "isWomenLed", "isYouth");
CREATE INDEX "Cooperative_isFunded_communeId_isWomenLed_isYouth_idx" ON "Cooperative"("isFunded", "communeId", "isWomenLed", "isYouth");
CREATE INDEX "Cooperative_prefectureId_isFunded_communeId_isWomenLed_isYouth_idx" ON "Cooperative"("prefectureId", "isFunded", "communeId", "isWomenLed", "isYouth");
CREATE UNIQUE INDEX "Cooperative_prefectureId_registerNumber_key" ON "Cooperative"("prefectureId", "registerNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill of the derived data from the grants already stored: the same SQL as rebuildGrantSummaries
-- (lib/dashboards/grant-summary.ts).
INSERT INTO "GrantSummary" ("prefectureId", "communeId", "programmeId", "axisId", "approvalYear", "status", "isDemo", "grantCount", "totalCostCentimes", "indhContributionCentimes", "beneficiaryContributionCentimes", "partnersContributionCentimes", "tranchesPlannedCentimes", "tranchesPaidCentimes") SELECT "prefectureId", "communeId", "programmeId", COALESCE("axisId", 0), "approvalYear", "status", "isDemo", COUNT(*), SUM("totalCostCentimes"), SUM("indhContributionCentimes"), SUM("beneficiaryContributionCentimes"), SUM("partnersContributionCentimes"), SUM("tranchesPlannedCentimes"), SUM("tranchesPaidCentimes") FROM "Grant" GROUP BY "prefectureId", "communeId", "programmeId", COALESCE("axisId", 0), "approvalYear", "status", "isDemo";
INSERT INTO "GrantSectorSummary" ("prefectureId", "sectorId", "programmeId", "axisId", "approvalYear", "status", "grantCount", "totalCostCentimes", "indhContributionCentimes", "beneficiaryContributionCentimes", "partnersContributionCentimes", "tranchesPlannedCentimes", "tranchesPaidCentimes") SELECT "prefectureId", "sectorId", "programmeId", COALESCE("axisId", 0), "approvalYear", "status", COUNT(*), SUM("totalCostCentimes"), SUM("indhContributionCentimes"), SUM("beneficiaryContributionCentimes"), SUM("partnersContributionCentimes"), SUM("tranchesPlannedCentimes"), SUM("tranchesPaidCentimes") FROM "Grant" GROUP BY "prefectureId", "sectorId", "programmeId", COALESCE("axisId", 0), "approvalYear", "status";
INSERT INTO "GrantCommuneSectorSummary" ("prefectureId", "communeId", "sectorId", "programmeId", "axisId", "approvalYear", "status", "grantCount", "totalCostCentimes", "indhContributionCentimes", "beneficiaryContributionCentimes", "partnersContributionCentimes", "tranchesPlannedCentimes", "tranchesPaidCentimes") SELECT "prefectureId", "communeId", "sectorId", "programmeId", COALESCE("axisId", 0), "approvalYear", "status", COUNT(*), SUM("totalCostCentimes"), SUM("indhContributionCentimes"), SUM("beneficiaryContributionCentimes"), SUM("partnersContributionCentimes"), SUM("tranchesPlannedCentimes"), SUM("tranchesPaidCentimes") FROM "Grant" GROUP BY "prefectureId", "communeId", "sectorId", "programmeId", COALESCE("axisId", 0), "approvalYear", "status";
UPDATE "Cooperative" SET "countedGrants" = (SELECT COUNT(*) FROM "Grant" g WHERE g."cooperativeId" = "Cooperative"."id" AND g."status" <> 'CANCELLED');
UPDATE "Cooperative" SET "isFunded" = ("countedGrants" > 0);
