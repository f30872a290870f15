-- AlterTable
ALTER TABLE "ScenarioRevision" ADD COLUMN     "plan" JSONB;
