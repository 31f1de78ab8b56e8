-- CreateIndex
CREATE INDEX "Application_submittedAt_id_idx" ON "Application"("submittedAt", "id");

-- CreateIndex
CREATE INDEX "Application_prefectureId_submittedAt_id_idx" ON "Application"("prefectureId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Cooperative_nameAr_id_idx" ON "Cooperative"("nameAr", "id");

-- CreateIndex
CREATE INDEX "Cooperative_nameFr_id_idx" ON "Cooperative"("nameFr", "id");
