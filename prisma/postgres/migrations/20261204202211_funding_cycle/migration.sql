-- CreateTable
CREATE TABLE "CallForProjects" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "textAr" TEXT NOT NULL,
    "textFr" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "envelopeCentimes" BIGINT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "resultsPublic" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CallForProjects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallAxis" (
    "callId" INTEGER NOT NULL,
    "axisId" INTEGER NOT NULL,

    CONSTRAINT "CallAxis_pkey" PRIMARY KEY ("callId","axisId")
);

-- CreateTable
CREATE TABLE "CallRequiredDocument" (
    "id" SERIAL NOT NULL,
    "callId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,

    CONSTRAINT "CallRequiredDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallCriterion" (
    "id" SERIAL NOT NULL,
    "callId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,

    CONSTRAINT "CallCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "callId" INTEGER NOT NULL,
    "axisId" INTEGER,
    "cooperativeId" INTEGER,
    "receiptCode" TEXT NOT NULL,
    "accessTokenHash" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "applicantRegisterNumber" TEXT NOT NULL,
    "applicantNameAr" TEXT NOT NULL,
    "applicantNameFr" TEXT NOT NULL,
    "applicantCommuneId" INTEGER NOT NULL,
    "applicantSectorId" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "womenMembers" INTEGER NOT NULL,
    "youngMembers" INTEGER NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "contactEmail" TEXT,
    "projectTitle" TEXT NOT NULL,
    "projectDescription" TEXT NOT NULL,
    "totalCostCentimes" BIGINT NOT NULL,
    "requestedIndhCentimes" BIGINT NOT NULL,
    "beneficiaryContributionCentimes" BIGINT NOT NULL,
    "partnersContributionCentimes" BIGINT NOT NULL DEFAULT 0,
    "partnersDescription" TEXT NOT NULL DEFAULT '',
    "consentGivenAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "recordedById" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "eligibilityResults" TEXT,
    "screeningReason" TEXT,
    "screenedAt" TIMESTAMP(3),
    "screenedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "grantId" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" INTEGER,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "requiredDocumentId" INTEGER,
    "fileId" INTEGER NOT NULL,

    CONSTRAINT "ApplicationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocumentCheck" (
    "applicationId" INTEGER NOT NULL,
    "requiredDocumentId" INTEGER NOT NULL,
    "isValid" BOOLEAN NOT NULL,
    "note" TEXT,
    "checkedById" INTEGER NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationDocumentCheck_pkey" PRIMARY KEY ("applicationId","requiredDocumentId")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "reviewerId" INTEGER NOT NULL,
    "hasConflict" BOOLEAN NOT NULL DEFAULT false,
    "conflictNote" TEXT,
    "comment" TEXT NOT NULL DEFAULT '',
    "totalScore" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "reviewId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "ReviewScore_pkey" PRIMARY KEY ("reviewId","criterionId")
);

-- CreateTable
CREATE TABLE "CommitteeSession" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "heldOn" TIMESTAMP(3) NOT NULL,
    "placeAr" TEXT NOT NULL,
    "placeFr" TEXT NOT NULL,
    "chairAr" TEXT NOT NULL,
    "chairFr" TEXT NOT NULL,
    "membersPresent" TEXT NOT NULL,
    "notesAr" TEXT NOT NULL DEFAULT '',
    "notesFr" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitteeSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeAgendaItem" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "scoreAtAgenda" INTEGER,
    "decision" TEXT,
    "approvedAmountCentimes" BIGINT,
    "reason" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "CommitteeAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Convention" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "grantId" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "obligationsAr" TEXT NOT NULL,
    "obligationsFr" TEXT NOT NULL,
    "resultsAr" TEXT NOT NULL,
    "resultsFr" TEXT NOT NULL,
    "signedOn" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Convention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConventionMilestone" (
    "id" SERIAL NOT NULL,
    "conventionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "reachedOn" TIMESTAMP(3),
    "trancheId" INTEGER,

    CONSTRAINT "ConventionMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "CallForProjects_slug_key" ON "CallForProjects"("slug");

-- CreateIndex
CREATE INDEX "CallForProjects_status_closesAt_idx" ON "CallForProjects"("status", "closesAt");

-- CreateIndex
CREATE INDEX "CallForProjects_prefectureId_status_idx" ON "CallForProjects"("prefectureId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CallForProjects_prefectureId_reference_key" ON "CallForProjects"("prefectureId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "CallRequiredDocument_callId_position_key" ON "CallRequiredDocument"("callId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CallCriterion_callId_position_key" ON "CallCriterion"("callId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Application_receiptCode_key" ON "Application"("receiptCode");

-- CreateIndex
CREATE UNIQUE INDEX "Application_accessTokenHash_key" ON "Application"("accessTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Application_grantId_key" ON "Application"("grantId");

-- CreateIndex
CREATE INDEX "Application_prefectureId_status_idx" ON "Application"("prefectureId", "status");

-- CreateIndex
CREATE INDEX "Application_callId_status_idx" ON "Application"("callId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_callId_applicantRegisterNumber_key" ON "Application"("callId", "applicantRegisterNumber");

-- CreateIndex
CREATE INDEX "StoredFile_prefectureId_idx" ON "StoredFile"("prefectureId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationDocument_fileId_key" ON "ApplicationDocument"("fileId");

-- CreateIndex
CREATE INDEX "ApplicationDocument_applicationId_idx" ON "ApplicationDocument"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_applicationId_reviewerId_key" ON "Review"("applicationId", "reviewerId");

-- CreateIndex
CREATE INDEX "CommitteeSession_prefectureId_heldOn_idx" ON "CommitteeSession"("prefectureId", "heldOn");

-- CreateIndex
CREATE INDEX "CommitteeAgendaItem_applicationId_idx" ON "CommitteeAgendaItem"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeAgendaItem_sessionId_applicationId_key" ON "CommitteeAgendaItem"("sessionId", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_grantId_key" ON "Convention"("grantId");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_prefectureId_reference_key" ON "Convention"("prefectureId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "ConventionMilestone_trancheId_key" ON "ConventionMilestone"("trancheId");

-- CreateIndex
CREATE UNIQUE INDEX "ConventionMilestone_conventionId_position_key" ON "ConventionMilestone"("conventionId", "position");

-- AddForeignKey
ALTER TABLE "CallForProjects" ADD CONSTRAINT "CallForProjects_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallForProjects" ADD CONSTRAINT "CallForProjects_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallAxis" ADD CONSTRAINT "CallAxis_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CallForProjects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallAxis" ADD CONSTRAINT "CallAxis_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallRequiredDocument" ADD CONSTRAINT "CallRequiredDocument_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CallForProjects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallCriterion" ADD CONSTRAINT "CallCriterion_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CallForProjects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CallForProjects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantCommuneId_fkey" FOREIGN KEY ("applicantCommuneId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantSectorId_fkey" FOREIGN KEY ("applicantSectorId") REFERENCES "Sector"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_screenedById_fkey" FOREIGN KEY ("screenedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_requiredDocumentId_fkey" FOREIGN KEY ("requiredDocumentId") REFERENCES "CallRequiredDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocumentCheck" ADD CONSTRAINT "ApplicationDocumentCheck_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocumentCheck" ADD CONSTRAINT "ApplicationDocumentCheck_requiredDocumentId_fkey" FOREIGN KEY ("requiredDocumentId") REFERENCES "CallRequiredDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocumentCheck" ADD CONSTRAINT "ApplicationDocumentCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "CallCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeSession" ADD CONSTRAINT "CommitteeSession_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeAgendaItem" ADD CONSTRAINT "CommitteeAgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeAgendaItem" ADD CONSTRAINT "CommitteeAgendaItem_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionMilestone" ADD CONSTRAINT "ConventionMilestone_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionMilestone" ADD CONSTRAINT "ConventionMilestone_trancheId_fkey" FOREIGN KEY ("trancheId") REFERENCES "GrantTranche"("id") ON DELETE SET NULL ON UPDATE CASCADE;
