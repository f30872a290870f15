-- CreateIndex
CREATE INDEX "BenchmarkSubmission_status_updatedAt_idx" ON "BenchmarkSubmission"("status", "updatedAt");
