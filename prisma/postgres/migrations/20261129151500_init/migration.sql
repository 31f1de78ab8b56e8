-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prefecture" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "Prefecture_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commune" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "prefectureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "legalStatus" TEXT NOT NULL,
    "setting" TEXT NOT NULL,

    CONSTRAINT "Commune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "communeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" SERIAL NOT NULL,
    "phaseId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Axis" (
    "id" SERIAL NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "maxIndhSharePercent" INTEGER,
    "maxIndhContributionCentimes" BIGINT,
    "minWomenOrYouthMembersPercent" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Axis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sector" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "Sector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "acronym" TEXT,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "communeId" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cooperative" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "registerNumber" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "sectorId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "placeId" INTEGER,
    "foundedOn" TIMESTAMP(3),
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "isWomenLed" BOOLEAN NOT NULL DEFAULT false,
    "isYouth" BOOLEAN NOT NULL DEFAULT false,
    "countedGrants" INTEGER NOT NULL DEFAULT 0,
    "isFunded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Cooperative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "cooperativeId" INTEGER NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "axisId" INTEGER,
    "titleAr" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "approvedOn" TIMESTAMP(3) NOT NULL,
    "totalCostCentimes" BIGINT NOT NULL,
    "indhContributionCentimes" BIGINT NOT NULL,
    "beneficiaryContributionCentimes" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "acknowledgedWarnings" TEXT,
    "acknowledgedById" INTEGER,
    "acknowledgedAt" TIMESTAMP(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "communeId" INTEGER NOT NULL DEFAULT 0,
    "sectorId" INTEGER NOT NULL DEFAULT 0,
    "approvalYear" INTEGER NOT NULL DEFAULT 0,
    "partnersContributionCentimes" BIGINT NOT NULL DEFAULT 0,
    "tranchesPlannedCentimes" BIGINT NOT NULL DEFAULT 0,
    "tranchesPaidCentimes" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantPartnerContribution" (
    "id" SERIAL NOT NULL,
    "grantId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "amountCentimes" BIGINT NOT NULL,

    CONSTRAINT "GrantPartnerContribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantTranche" (
    "id" SERIAL NOT NULL,
    "grantId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "plannedOn" TIMESTAMP(3) NOT NULL,
    "amountCentimes" BIGINT NOT NULL,
    "paidOn" TIMESTAMP(3),

    CONSTRAINT "GrantTranche_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "occasionAr" TEXT,
    "occasionFr" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
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
    "publishedAt" TIMESTAMP(3),
    "searchText" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPartner" (
    "eventId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "EventPartner_pkey" PRIMARY KEY ("eventId","organisationId")
);

-- CreateTable
CREATE TABLE "Presentation" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Presentation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "isNational" BOOLEAN NOT NULL DEFAULT false,
    "prefectureId" INTEGER NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "userEmail" TEXT NOT NULL,
    "prefectureId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

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

    CONSTRAINT "GrantSummary_pkey" PRIMARY KEY ("prefectureId","communeId","programmeId","axisId","approvalYear","status","isDemo")
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

    CONSTRAINT "GrantSectorSummary_pkey" PRIMARY KEY ("prefectureId","sectorId","programmeId","axisId","approvalYear","status")
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

    CONSTRAINT "GrantCommuneSectorSummary_pkey" PRIMARY KEY ("prefectureId","communeId","sectorId","programmeId","axisId","approvalYear","status")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "rows" TEXT NOT NULL,
    "outcomes" TEXT NOT NULL,
    "ignoredHeaders" TEXT NOT NULL DEFAULT '',
    "totalRows" INTEGER NOT NULL,
    "newRows" INTEGER NOT NULL,
    "updatedRows" INTEGER NOT NULL,
    "unchangedRows" INTEGER NOT NULL,
    "errorRows" INTEGER NOT NULL,
    "warningRows" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedAt" TIMESTAMP(3),

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "Cooperative_prefectureId_communeId_isWomenLed_isYouth_idx" ON "Cooperative"("prefectureId", "communeId", "isWomenLed", "isYouth");

-- CreateIndex
CREATE INDEX "Cooperative_isFunded_communeId_isWomenLed_isYouth_idx" ON "Cooperative"("isFunded", "communeId", "isWomenLed", "isYouth");

-- CreateIndex
CREATE INDEX "Cooperative_prefectureId_isFunded_communeId_isWomenLed_isYo_idx" ON "Cooperative"("prefectureId", "isFunded", "communeId", "isWomenLed", "isYouth");

-- CreateIndex
CREATE UNIQUE INDEX "Cooperative_prefectureId_registerNumber_key" ON "Cooperative"("prefectureId", "registerNumber");

-- CreateIndex
CREATE INDEX "Grant_prefectureId_status_idx" ON "Grant"("prefectureId", "status");

-- CreateIndex
CREATE INDEX "Grant_cooperativeId_status_approvalYear_idx" ON "Grant"("cooperativeId", "status", "approvalYear");

-- CreateIndex
CREATE INDEX "Grant_programmeId_cooperativeId_idx" ON "Grant"("programmeId", "cooperativeId");

-- CreateIndex
CREATE INDEX "Grant_approvedOn_idx" ON "Grant"("approvedOn");

-- CreateIndex
CREATE INDEX "Grant_prefectureId_approvalYear_idx" ON "Grant"("prefectureId", "approvalYear");

-- CreateIndex
CREATE INDEX "Grant_prefectureId_communeId_idx" ON "Grant"("prefectureId", "communeId");

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

-- CreateIndex
CREATE INDEX "ImportBatch_prefectureId_createdAt_idx" ON "ImportBatch"("prefectureId", "createdAt");

-- AddForeignKey
ALTER TABLE "Prefecture" ADD CONSTRAINT "Prefecture_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Axis" ADD CONSTRAINT "Axis_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_sectorId_fkey" FOREIGN KEY ("sectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantPartnerContribution" ADD CONSTRAINT "GrantPartnerContribution_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantPartnerContribution" ADD CONSTRAINT "GrantPartnerContribution_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantTranche" ADD CONSTRAINT "GrantTranche_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presentation" ADD CONSTRAINT "Presentation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presentation" ADD CONSTRAINT "Presentation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

