-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- DropIndex
-- A raise's step is a step of the schedule of the employer that recorded it: after a transfer, the receiving employer
-- records its own schedule's steps, whatever numbers the sending employer's had.
DROP INDEX "WageRaise_apprenticeId_step_key";

-- CreateTable
CREATE TABLE "TrainingTransfer" (
    "id" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "fromOrganizationId" TEXT NOT NULL,
    "toOrganizationId" TEXT NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'PROPOSED',
    "effectiveOn" DATE NOT NULL,
    "note" TEXT,
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "positionId" TEXT,
    "wageStep" INTEGER,
    "wageCents" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainingTransfer_apprenticeId_createdAt_idx" ON "TrainingTransfer"("apprenticeId", "createdAt");

-- CreateIndex
CREATE INDEX "TrainingTransfer_fromOrganizationId_status_idx" ON "TrainingTransfer"("fromOrganizationId", "status");

-- CreateIndex
CREATE INDEX "TrainingTransfer_toOrganizationId_status_idx" ON "TrainingTransfer"("toOrganizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "WageRaise_apprenticeId_organizationId_step_key" ON "WageRaise"("apprenticeId", "organizationId", "step");

-- AddForeignKey
ALTER TABLE "TrainingTransfer" ADD CONSTRAINT "TrainingTransfer_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingTransfer" ADD CONSTRAINT "TrainingTransfer_fromOrganizationId_fkey" FOREIGN KEY ("fromOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingTransfer" ADD CONSTRAINT "TrainingTransfer_toOrganizationId_fkey" FOREIGN KEY ("toOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- One proposal stands at a time per apprentice: a second owner proposing at the same moment is refused.
CREATE UNIQUE INDEX "TrainingTransfer_one_proposed" ON "TrainingTransfer"("apprenticeId") WHERE status = 'PROPOSED';

ALTER TABLE "TrainingTransfer" ADD CONSTRAINT "TrainingTransfer_between_two_employers"
  CHECK ("fromOrganizationId" <> "toOrganizationId");
ALTER TABLE "TrainingTransfer" ADD CONSTRAINT "TrainingTransfer_answer_is_complete"
  CHECK ((status = 'PROPOSED') = ("decidedById" IS NULL AND "decidedAt" IS NULL)
     AND (status = 'ACCEPTED') = ("positionId" IS NOT NULL AND "wageStep" IS NOT NULL AND "wageCents" IS NOT NULL)
     AND (status = 'DECLINED') = ("declineReason" IS NOT NULL));

-- An answered transfer is the record of where the apprentice went and on whose word: never changed, never deleted.
CREATE FUNCTION "training_transfer_answered_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.status <> 'PROPOSED' THEN
    RAISE EXCEPTION 'Training transfer % is a record: never deleted, and never changed once answered', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "TrainingTransfer_answered_is_final"
  BEFORE UPDATE OR DELETE ON "TrainingTransfer"
  FOR EACH ROW EXECUTE FUNCTION "training_transfer_answered_is_final"();

