-- CreateIndex
CREATE INDEX "OjtEntry_apprenticeId_createdAt_idx" ON "OjtEntry"("apprenticeId", "createdAt");
