-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('audited', 'vendor', 'academic', 'community');

-- AlterEnum
ALTER TYPE "OfferingKind" ADD VALUE 'estimate';

-- AlterEnum
ALTER TYPE "PricingBasis" ADD VALUE 'all-in';

-- AlterEnum
ALTER TYPE "VendorKind" ADD VALUE 'reference';

-- AlterTable
ALTER TABLE "BenchmarkSubmission" ADD COLUMN     "batchSize" INTEGER,
ADD COLUMN     "evidence" "EvidenceKind" NOT NULL DEFAULT 'community',
ADD COLUMN     "source" TEXT;

-- CreateIndex
CREATE INDEX "BenchmarkSubmission_status_evidence_idx" ON "BenchmarkSubmission"("status", "evidence");
