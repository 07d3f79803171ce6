-- CreateEnum
CREATE TYPE "TrainingStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'CANCELLED', 'TRANSFERRED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "CancellationReason" AS ENUM ('VOLUNTARY_QUIT', 'DISCHARGED', 'LAID_OFF', 'OTHER_EMPLOYMENT', 'MILITARY_SERVICE', 'MOVED', 'HEALTH', 'DECEASED', 'UNSATISFACTORY_PROGRESS', 'OTHER');

-- AlterTable
ALTER TABLE "Apprentice" ADD COLUMN     "trainingStatus" "TrainingStatus" NOT NULL DEFAULT 'ACTIVE';

-- CreateTable
CREATE TABLE "TrainingStatusChange" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "fromStatus" "TrainingStatus" NOT NULL,
    "toStatus" "TrainingStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "reason" TEXT,
    "cancellationReason" "CancellationReason",
    "inProbation" BOOLEAN,
    "returnOn" DATE,
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainingStatusChange_organizationId_idx" ON "TrainingStatusChange"("organizationId");

-- CreateIndex
CREATE INDEX "TrainingStatusChange_apprenticeId_createdAt_idx" ON "TrainingStatusChange"("apprenticeId", "createdAt");

-- CreateIndex
CREATE INDEX "TrainingStatusChange_toStatus_effectiveOn_idx" ON "TrainingStatusChange"("toStatus", "effectiveOn");

-- AddForeignKey
ALTER TABLE "TrainingStatusChange" ADD CONSTRAINT "TrainingStatusChange_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingStatusChange" ADD CONSTRAINT "TrainingStatusChange_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "TrainingStatusChange" ADD CONSTRAINT "TrainingStatusChange_changes" CHECK ("fromStatus" <> "toStatus");
ALTER TABLE "TrainingStatusChange" ADD CONSTRAINT "TrainingStatusChange_cancellation_has_reason"
  CHECK (("toStatus" = 'CANCELLED') = ("cancellationReason" IS NOT NULL AND "inProbation" IS NOT NULL));
ALTER TABLE "TrainingStatusChange" ADD CONSTRAINT "TrainingStatusChange_suspension_has_return"
  CHECK (("toStatus" = 'SUSPENDED') = ("returnOn" IS NOT NULL AND "reason" IS NOT NULL));

-- The history of an apprentice's status is what the RAPIDS status-change file and the audit rest on: never changed,
-- never deleted.
CREATE FUNCTION "training_status_change_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Training status change % is a record and cannot change or be deleted', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "TrainingStatusChange_is_final"
  BEFORE UPDATE OR DELETE ON "TrainingStatusChange"
  FOR EACH ROW EXECUTE FUNCTION "training_status_change_is_final"();
