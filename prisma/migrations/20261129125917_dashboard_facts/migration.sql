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
    CONSTRAINT "Cooperative_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Cooperative" ("communeId", "contactEmail", "contactName", "contactPhone", "createdAt", "foundedOn", "id", "isDemo", "isPublic", "members", "nameAr", "nameFr", "placeId", "prefectureId", "registerNumber", "searchText", "sectorId", "updatedAt", "version", "womenMembers", "youngMembers") SELECT "communeId", "contactEmail", "contactName", "contactPhone", "createdAt", "foundedOn", "id", "isDemo", "isPublic", "members", "nameAr", "nameFr", "placeId", "prefectureId", "registerNumber", "searchText", "sectorId", "updatedAt", "version", "womenMembers", "youngMembers" FROM "Cooperative";
DROP TABLE "Cooperative";
ALTER TABLE "new_Cooperative" RENAME TO "Cooperative";
CREATE INDEX "Cooperative_communeId_idx" ON "Cooperative"("communeId");
CREATE INDEX "Cooperative_isDemo_idx" ON "Cooperative"("isDemo");
CREATE INDEX "Cooperative_prefectureId_communeId_isWomenLed_isYouth_idx" ON "Cooperative"("prefectureId", "communeId", "isWomenLed", "isYouth");
CREATE UNIQUE INDEX "Cooperative_prefectureId_registerNumber_key" ON "Cooperative"("prefectureId", "registerNumber");
CREATE TABLE "new_Grant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "cooperativeId" INTEGER NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "axisId" INTEGER,
    "titleAr" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "approvedOn" DATETIME NOT NULL,
    "totalCostCentimes" BIGINT NOT NULL,
    "indhContributionCentimes" BIGINT NOT NULL,
    "beneficiaryContributionCentimes" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "acknowledgedWarnings" TEXT,
    "acknowledgedById" INTEGER,
    "acknowledgedAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "communeId" INTEGER NOT NULL DEFAULT 0,
    "sectorId" INTEGER NOT NULL DEFAULT 0,
    "approvalYear" INTEGER NOT NULL DEFAULT 0,
    "partnersContributionCentimes" BIGINT NOT NULL DEFAULT 0,
    "tranchesPlannedCentimes" BIGINT NOT NULL DEFAULT 0,
    "tranchesPaidCentimes" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "Grant_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Grant_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Grant" ("acknowledgedAt", "acknowledgedById", "acknowledgedWarnings", "approvedOn", "axisId", "beneficiaryContributionCentimes", "cooperativeId", "createdAt", "id", "indhContributionCentimes", "isDemo", "isPublic", "prefectureId", "programmeId", "searchText", "status", "titleAr", "titleFr", "totalCostCentimes", "updatedAt", "version") SELECT "acknowledgedAt", "acknowledgedById", "acknowledgedWarnings", "approvedOn", "axisId", "beneficiaryContributionCentimes", "cooperativeId", "createdAt", "id", "indhContributionCentimes", "isDemo", "isPublic", "prefectureId", "programmeId", "searchText", "status", "titleAr", "titleFr", "totalCostCentimes", "updatedAt", "version" FROM "Grant";
DROP TABLE "Grant";
ALTER TABLE "new_Grant" RENAME TO "Grant";
CREATE INDEX "Grant_prefectureId_status_idx" ON "Grant"("prefectureId", "status");
CREATE INDEX "Grant_cooperativeId_status_approvalYear_idx" ON "Grant"("cooperativeId", "status", "approvalYear");
CREATE INDEX "Grant_programmeId_idx" ON "Grant"("programmeId");
CREATE INDEX "Grant_approvedOn_idx" ON "Grant"("approvedOn");
CREATE INDEX "Grant_prefectureId_approvalYear_idx" ON "Grant"("prefectureId", "approvalYear");
CREATE INDEX "Grant_prefectureId_communeId_idx" ON "Grant"("prefectureId", "communeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
