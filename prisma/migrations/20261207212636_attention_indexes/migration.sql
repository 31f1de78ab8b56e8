-- DropIndex
DROP INDEX "Grant_prefectureId_status_idx";

-- CreateIndex
CREATE INDEX "Grant_prefectureId_status_id_idx" ON "Grant"("prefectureId", "status", "id");

-- CreateIndex
CREATE INDEX "GrantTranche_paidOn_plannedOn_grantId_id_idx" ON "GrantTranche"("paidOn", "plannedOn", "grantId", "id");
