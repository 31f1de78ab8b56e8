-- CreateTable
CREATE TABLE "CallForProjects" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "programmeId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "textAr" TEXT NOT NULL,
    "textFr" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "envelopeCentimes" BIGINT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "resultsPublic" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CallForProjects_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CallForProjects_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CallAxis" (
    "callId" INTEGER NOT NULL,
    "axisId" INTEGER NOT NULL,

    PRIMARY KEY ("callId", "axisId"),
    CONSTRAINT "CallAxis_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CallForProjects" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CallAxis_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CallRequiredDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "callId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    CONSTRAINT "CallRequiredDocument_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CallForProjects" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CallCriterion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "callId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    CONSTRAINT "CallCriterion_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CallForProjects" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Application" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "consentGivenAt" DATETIME NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "recordedById" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'RECEIVED',
    "eligibilityResults" TEXT,
    "screeningReason" TEXT,
    "screenedAt" DATETIME,
    "screenedById" INTEGER,
    "decidedAt" DATETIME,
    "grantId" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CallForProjects" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_axisId_fkey" FOREIGN KEY ("axisId") REFERENCES "Axis" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Application_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Application_applicantCommuneId_fkey" FOREIGN KEY ("applicantCommuneId") REFERENCES "Commune" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_applicantSectorId_fkey" FOREIGN KEY ("applicantSectorId") REFERENCES "Sector" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Application_screenedById_fkey" FOREIGN KEY ("screenedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Application_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" INTEGER,
    CONSTRAINT "StoredFile_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "requiredDocumentId" INTEGER,
    "fileId" INTEGER NOT NULL,
    CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationDocument_requiredDocumentId_fkey" FOREIGN KEY ("requiredDocumentId") REFERENCES "CallRequiredDocument" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApplicationDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationDocumentCheck" (
    "applicationId" INTEGER NOT NULL,
    "requiredDocumentId" INTEGER NOT NULL,
    "isValid" BOOLEAN NOT NULL,
    "note" TEXT,
    "checkedById" INTEGER NOT NULL,
    "checkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("applicationId", "requiredDocumentId"),
    CONSTRAINT "ApplicationDocumentCheck_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationDocumentCheck_requiredDocumentId_fkey" FOREIGN KEY ("requiredDocumentId") REFERENCES "CallRequiredDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApplicationDocumentCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "reviewerId" INTEGER NOT NULL,
    "hasConflict" BOOLEAN NOT NULL DEFAULT false,
    "conflictNote" TEXT,
    "comment" TEXT NOT NULL DEFAULT '',
    "totalScore" INTEGER,
    "submittedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Review_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "reviewId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,

    PRIMARY KEY ("reviewId", "criterionId"),
    CONSTRAINT "ReviewScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "CallCriterion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitteeSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "heldOn" DATETIME NOT NULL,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CommitteeSession_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitteeAgendaItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" INTEGER NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "scoreAtAgenda" INTEGER,
    "decision" TEXT,
    "approvedAmountCentimes" BIGINT,
    "reason" TEXT,
    "decidedAt" DATETIME,
    CONSTRAINT "CommitteeAgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CommitteeSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitteeAgendaItem_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Convention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "grantId" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "obligationsAr" TEXT NOT NULL,
    "obligationsFr" TEXT NOT NULL,
    "resultsAr" TEXT NOT NULL,
    "resultsFr" TEXT NOT NULL,
    "signedOn" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Convention_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Convention_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConventionMilestone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "conventionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "reachedOn" DATETIME,
    "trancheId" INTEGER,
    CONSTRAINT "ConventionMilestone_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConventionMilestone_trancheId_fkey" FOREIGN KEY ("trancheId") REFERENCES "GrantTranche" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
