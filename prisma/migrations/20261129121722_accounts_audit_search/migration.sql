-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "isNational" BOOLEAN NOT NULL DEFAULT false,
    "prefectureId" INTEGER NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "passwordChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "userEmail" TEXT NOT NULL,
    "prefectureId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT,
    CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEntry_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Axis" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programmeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "maxIndhSharePercent" INTEGER,
    "maxIndhContributionCentimes" BIGINT,
    "minWomenOrYouthMembersPercent" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Axis_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Axis" ("code", "id", "nameAr", "nameFr", "programmeId") SELECT "code", "id", "nameAr", "nameFr", "programmeId" FROM "Axis";
DROP TABLE "Axis";
ALTER TABLE "new_Axis" RENAME TO "Axis";
CREATE UNIQUE INDEX "Axis_programmeId_code_key" ON "Axis"("programmeId", "code");
CREATE TABLE "new_Commune" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "prefectureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "legalStatus" TEXT NOT NULL,
    "setting" TEXT NOT NULL,
    CONSTRAINT "Commune_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Commune" ("code", "id", "legalStatus", "nameAr", "nameFr", "prefectureId", "setting") SELECT "code", "id", "legalStatus", "nameAr", "nameFr", "prefectureId", "setting" FROM "Commune";
DROP TABLE "Commune";
ALTER TABLE "new_Commune" RENAME TO "Commune";
CREATE INDEX "Commune_setting_idx" ON "Commune"("setting");
CREATE UNIQUE INDEX "Commune_prefectureId_code_key" ON "Commune"("prefectureId", "code");
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
    CONSTRAINT "Cooperative_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Cooperative_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Cooperative" ("communeId", "contactEmail", "contactName", "contactPhone", "createdAt", "foundedOn", "id", "isDemo", "isPublic", "members", "nameAr", "nameFr", "placeId", "prefectureId", "registerNumber", "sectorId", "updatedAt", "version", "womenMembers", "youngMembers") SELECT "communeId", "contactEmail", "contactName", "contactPhone", "createdAt", "foundedOn", "id", "isDemo", "isPublic", "members", "nameAr", "nameFr", "placeId", "prefectureId", "registerNumber", "sectorId", "updatedAt", "version", "womenMembers", "youngMembers" FROM "Cooperative";
DROP TABLE "Cooperative";
ALTER TABLE "new_Cooperative" RENAME TO "Cooperative";
CREATE INDEX "Cooperative_communeId_idx" ON "Cooperative"("communeId");
CREATE INDEX "Cooperative_isDemo_idx" ON "Cooperative"("isDemo");
CREATE UNIQUE INDEX "Cooperative_prefectureId_registerNumber_key" ON "Cooperative"("prefectureId", "registerNumber");
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "occasionAr" TEXT,
    "occasionFr" TEXT,
    "startsAt" DATETIME NOT NULL,
    "venueAr" TEXT NOT NULL,
    "venueFr" TEXT NOT NULL,
    "communeId" INTEGER,
    "placeId" INTEGER,
    "organiserId" INTEGER NOT NULL,
    "attendance" INTEGER,
    "attendanceNoteAr" TEXT,
    "attendanceNoteFr" TEXT,
    "summaryAr" TEXT NOT NULL,
    "summaryFr" TEXT NOT NULL,
    "bodyAr" TEXT NOT NULL,
    "bodyFr" TEXT NOT NULL,
    "sourceNameAr" TEXT,
    "sourceNameFr" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Event" ("attendance", "attendanceNoteAr", "attendanceNoteFr", "bodyAr", "bodyFr", "communeId", "createdAt", "id", "isDemo", "kind", "occasionAr", "occasionFr", "organiserId", "placeId", "prefectureId", "publishedAt", "slug", "sourceNameAr", "sourceNameFr", "startsAt", "status", "summaryAr", "summaryFr", "titleAr", "titleFr", "updatedAt", "venueAr", "venueFr", "version") SELECT "attendance", "attendanceNoteAr", "attendanceNoteFr", "bodyAr", "bodyFr", "communeId", "createdAt", "id", "isDemo", "kind", "occasionAr", "occasionFr", "organiserId", "placeId", "prefectureId", "publishedAt", "slug", "sourceNameAr", "sourceNameFr", "startsAt", "status", "summaryAr", "summaryFr", "titleAr", "titleFr", "updatedAt", "venueAr", "venueFr", "version" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");
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
    CONSTRAINT "Grant_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Grant_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Grant" ("approvedOn", "axisId", "beneficiaryContributionCentimes", "cooperativeId", "createdAt", "id", "indhContributionCentimes", "isDemo", "isPublic", "prefectureId", "programmeId", "status", "titleAr", "titleFr", "totalCostCentimes", "updatedAt", "version") SELECT "approvedOn", "axisId", "beneficiaryContributionCentimes", "cooperativeId", "createdAt", "id", "indhContributionCentimes", "isDemo", "isPublic", "prefectureId", "programmeId", "status", "titleAr", "titleFr", "totalCostCentimes", "updatedAt", "version" FROM "Grant";
DROP TABLE "Grant";
ALTER TABLE "new_Grant" RENAME TO "Grant";
CREATE INDEX "Grant_prefectureId_status_idx" ON "Grant"("prefectureId", "status");
CREATE INDEX "Grant_cooperativeId_idx" ON "Grant"("cooperativeId");
CREATE INDEX "Grant_programmeId_idx" ON "Grant"("programmeId");
CREATE INDEX "Grant_approvedOn_idx" ON "Grant"("approvedOn");
CREATE TABLE "new_Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "acronym" TEXT,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "communeId" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Organisation_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("acronym", "code", "communeId", "createdAt", "id", "kind", "nameAr", "nameFr", "prefectureId", "updatedAt", "version") SELECT "acronym", "code", "communeId", "createdAt", "id", "kind", "nameAr", "nameFr", "prefectureId", "updatedAt", "version" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_prefectureId_code_key" ON "Organisation"("prefectureId", "code");
CREATE TABLE "new_Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "communeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    CONSTRAINT "Place_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Place" ("code", "communeId", "id", "kind", "nameAr", "nameFr") SELECT "code", "communeId", "id", "kind", "nameAr", "nameFr" FROM "Place";
DROP TABLE "Place";
ALTER TABLE "new_Place" RENAME TO "Place";
CREATE UNIQUE INDEX "Place_communeId_code_key" ON "Place"("communeId", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "SignInFailure_key_createdAt_idx" ON "SignInFailure"("key", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_prefectureId_at_idx" ON "AuditEntry"("prefectureId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_userId_at_idx" ON "AuditEntry"("userId", "at");
