/*
  Warnings:

  - A unique constraint covering the columns `[sha256,importedById]` on the table `ImportedFile` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "BenchmarkSubmission_externalId_key";

-- DropIndex
DROP INDEX "ImportedFile_sha256_key";

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "BenchmarkSubmission_externalId_idx" ON "BenchmarkSubmission"("externalId");

-- CreateIndex
CREATE INDEX "ImportedFile_sha256_idx" ON "ImportedFile"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "ImportedFile_sha256_importedById_key" ON "ImportedFile"("sha256", "importedById");
