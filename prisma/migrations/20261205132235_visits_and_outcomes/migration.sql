-- CreateTable
CREATE TABLE "GrantBaseline" (
    "grantId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "jobs" INTEGER NOT NULL,
    "jobsWomen" INTEGER NOT NULL,
    "jobsYoung" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "annualRevenueCentimes" BIGINT NOT NULL,
    "productionQuantity" INTEGER NOT NULL,
    "productionUnitAr" TEXT NOT NULL,
    "productionUnitFr" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GrantBaseline_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "grantId" INTEGER NOT NULL,
    "visitedOn" DATETIME NOT NULL,
    "visitors" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "projectState" TEXT NOT NULL,
    "milestoneId" INTEGER,
    "jobs" INTEGER,
    "jobsWomen" INTEGER,
    "jobsYoung" INTEGER,
    "members" INTEGER,
    "annualRevenueCentimes" BIGINT,
    "productionQuantity" INTEGER,
    "recordedById" INTEGER NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Visit_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Visit_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Visit_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "ConventionMilestone" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Visit_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Visit_milestoneId_key" ON "Visit"("milestoneId");

-- CreateIndex
CREATE INDEX "Visit_grantId_visitedOn_idx" ON "Visit"("grantId", "visitedOn");

-- CreateIndex
CREATE INDEX "Visit_prefectureId_visitedOn_idx" ON "Visit"("prefectureId", "visitedOn");
