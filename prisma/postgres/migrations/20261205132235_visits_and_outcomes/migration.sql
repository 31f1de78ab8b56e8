-- CreateTable
CREATE TABLE "GrantBaseline" (
    "grantId" INTEGER NOT NULL,
    "jobs" INTEGER NOT NULL,
    "jobsWomen" INTEGER NOT NULL,
    "jobsYoung" INTEGER NOT NULL,
    "members" INTEGER NOT NULL,
    "annualRevenueCentimes" BIGINT NOT NULL,
    "productionQuantity" INTEGER NOT NULL,
    "productionUnitAr" TEXT NOT NULL,
    "productionUnitFr" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrantBaseline_pkey" PRIMARY KEY ("grantId")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" SERIAL NOT NULL,
    "prefectureId" INTEGER NOT NULL,
    "grantId" INTEGER NOT NULL,
    "visitedOn" TIMESTAMP(3) NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Visit_milestoneId_key" ON "Visit"("milestoneId");

-- CreateIndex
CREATE INDEX "Visit_grantId_visitedOn_idx" ON "Visit"("grantId", "visitedOn");

-- CreateIndex
CREATE INDEX "Visit_prefectureId_visitedOn_idx" ON "Visit"("prefectureId", "visitedOn");

-- AddForeignKey
ALTER TABLE "GrantBaseline" ADD CONSTRAINT "GrantBaseline_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "ConventionMilestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
