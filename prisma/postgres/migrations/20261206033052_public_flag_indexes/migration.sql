-- CreateIndex
CREATE INDEX "Cooperative_isPublic_idx" ON "Cooperative"("isPublic");

-- CreateIndex
CREATE INDEX "Grant_isPublic_idx" ON "Grant"("isPublic");
