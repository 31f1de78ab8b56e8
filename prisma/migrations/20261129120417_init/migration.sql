-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Prefecture" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    CONSTRAINT "Prefecture_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Commune" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "legalStatus" TEXT NOT NULL,
    "setting" TEXT NOT NULL,
    CONSTRAINT "Commune_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    CONSTRAINT "Place_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" INTEGER NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "phaseId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    CONSTRAINT "Programme_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Axis" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programmeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    CONSTRAINT "Axis_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sector" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "acronym" TEXT,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "communeId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Organisation_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Cooperative" (
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

-- CreateTable
CREATE TABLE "Grant" (
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
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Grant_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Grant_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GrantPartnerContribution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "grantId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "amountCentimes" BIGINT NOT NULL,
    CONSTRAINT "GrantPartnerContribution_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GrantPartnerContribution_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GrantTranche" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "grantId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "plannedOn" DATETIME NOT NULL,
    "amountCentimes" BIGINT NOT NULL,
    "paidOn" DATETIME,
    CONSTRAINT "GrantTranche_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
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
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventPartner" (
    "eventId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "organisationId"),
    CONSTRAINT "EventPartner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Presentation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "presenterRoleAr" TEXT NOT NULL,
    "presenterRoleFr" TEXT NOT NULL,
    "organisationId" INTEGER,
    "summaryAr" TEXT NOT NULL,
    "summaryFr" TEXT NOT NULL,
    "reportedPeriodStartYear" INTEGER,
    "reportedPeriodEndYear" INTEGER,
    "reportedCooperativesFunded" INTEGER,
    "reportedUrbanCooperatives" INTEGER,
    "reportedRuralCooperatives" INTEGER,
    "reportedTotalEnvelopeCentimes" BIGINT,
    "reportedIndhContributionCentimes" BIGINT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Presentation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Presentation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Prefecture_code_key" ON "Prefecture"("code");

-- CreateIndex
CREATE INDEX "Commune_setting_idx" ON "Commune"("setting");

-- CreateIndex
CREATE UNIQUE INDEX "Commune_prefectureId_code_key" ON "Commune"("prefectureId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Place_communeId_code_key" ON "Place"("communeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Phase_number_key" ON "Phase"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_phaseId_number_key" ON "Programme"("phaseId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Axis_programmeId_code_key" ON "Axis"("programmeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Sector_code_key" ON "Sector"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_prefectureId_code_key" ON "Organisation"("prefectureId", "code");

-- CreateIndex
CREATE INDEX "Cooperative_communeId_idx" ON "Cooperative"("communeId");

-- CreateIndex
CREATE INDEX "Cooperative_isDemo_idx" ON "Cooperative"("isDemo");

-- CreateIndex
CREATE UNIQUE INDEX "Cooperative_prefectureId_registerNumber_key" ON "Cooperative"("prefectureId", "registerNumber");

-- CreateIndex
CREATE INDEX "Grant_prefectureId_status_idx" ON "Grant"("prefectureId", "status");

-- CreateIndex
CREATE INDEX "Grant_cooperativeId_idx" ON "Grant"("cooperativeId");

-- CreateIndex
CREATE INDEX "Grant_programmeId_idx" ON "Grant"("programmeId");

-- CreateIndex
CREATE INDEX "Grant_approvedOn_idx" ON "Grant"("approvedOn");

-- CreateIndex
CREATE UNIQUE INDEX "GrantPartnerContribution_grantId_organisationId_key" ON "GrantPartnerContribution"("grantId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "GrantTranche_grantId_position_key" ON "GrantTranche"("grantId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Presentation_eventId_position_key" ON "Presentation"("eventId", "position");
