-- DropIndex
DROP INDEX "Grant_programmeId_idx";

-- CreateIndex
CREATE INDEX "Grant_programmeId_cooperativeId_idx" ON "Grant"("programmeId", "cooperativeId");
