-- CreateEnum
CREATE TYPE "CompletionStatus" AS ENUM ('REQUESTED', 'VERIFIED', 'RETURNED');

-- CreateTable
CREATE TABLE "Completion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "status" "CompletionStatus" NOT NULL DEFAULT 'REQUESTED',
    "completedOn" DATE NOT NULL,
    "requestedById" TEXT NOT NULL,
    "checklist" JSONB NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "certificateCode" TEXT,
    "certificateOjlHours" INTEGER,
    "certificateInstructionHours" INTEGER,
    "dolCertificateFileId" TEXT,
    "dolCertificateUploadedAt" TIMESTAMP(3),
    "dolCertificateUploadedById" TEXT,
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Completion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Completion_certificateCode_key" ON "Completion"("certificateCode");

-- CreateIndex
CREATE INDEX "Completion_organizationId_idx" ON "Completion"("organizationId");

-- CreateIndex
CREATE INDEX "Completion_apprenticeId_idx" ON "Completion"("apprenticeId");

-- CreateIndex
CREATE INDEX "Completion_status_createdAt_idx" ON "Completion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Completion_dolCertificateFileId_idx" ON "Completion"("dolCertificateFileId");

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_dolCertificateFileId_fkey" FOREIGN KEY ("dolCertificateFileId") REFERENCES "StoredFile"("id") ON DELETE NO ACTION ON UPDATE CASCADE;


-- One request stands at a time per apprentice: waiting for AAMI, or verified.
CREATE UNIQUE INDEX "Completion_one_standing" ON "Completion"("apprenticeId") WHERE "status" IN ('REQUESTED', 'VERIFIED');

ALTER TABLE "Completion" ADD CONSTRAINT "Completion_verified_has_certificate"
  CHECK (("status" = 'VERIFIED') = ("certificateCode" IS NOT NULL AND "decidedAt" IS NOT NULL
                                    AND "certificateOjlHours" IS NOT NULL AND "certificateInstructionHours" IS NOT NULL));
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_returned_has_reason"
  CHECK (("status" = 'RETURNED') = ("returnReason" IS NOT NULL));
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_dol_certificate_when_verified"
  CHECK ("dolCertificateFileId" IS NULL OR "status" = 'VERIFIED');

-- A decided request is a record: a verified one changes only to attach DOL's certificate, once; a returned one never
-- changes; none is deleted.
CREATE FUNCTION "completion_is_kept"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Completion % is a record and cannot be deleted', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD."status" = 'REQUESTED' THEN
    RETURN NEW;
  END IF;
  IF OLD."status" = 'VERIFIED' AND OLD."dolCertificateFileId" IS NULL AND NEW."dolCertificateFileId" IS NOT NULL
     AND (to_jsonb(NEW) - ARRAY['dolCertificateFileId', 'dolCertificateUploadedAt', 'dolCertificateUploadedById',
                                'rowVersion', 'updatedAt'])
       = (to_jsonb(OLD) - ARRAY['dolCertificateFileId', 'dolCertificateUploadedAt', 'dolCertificateUploadedById',
                                'rowVersion', 'updatedAt']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Completion % was decided and cannot change', OLD."id" USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "Completion_is_kept"
  BEFORE UPDATE OR DELETE ON "Completion"
  FOR EACH ROW EXECUTE FUNCTION "completion_is_kept"();
