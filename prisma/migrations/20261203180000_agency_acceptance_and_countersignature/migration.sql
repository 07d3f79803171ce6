-- Issue 14: employers join AAMI's one national program through an employer acceptance agreement that AAMI
-- countersigns and files with the Registration Agency of the employer's state. There is no per-employer DOL
-- program number any more: "registered with DOL" becomes "accepted by the Registration Agency".

-- Renamed in place, so every submission and decision keeps its history under the new name.
ALTER TYPE "SubmissionStatus" RENAME VALUE 'REGISTERED' TO 'ACCEPTED';
ALTER TYPE "DecisionKind" RENAME VALUE 'REGISTER' TO 'RECORD_ACCEPTANCE';

-- The registration day was the day DOL took the employer in: it is the agency's acceptance day.
ALTER TABLE "Organization" RENAME COLUMN "registeredAt" TO "agencyAcceptedAt";
ALTER TABLE "Submission" RENAME COLUMN "registeredAt" TO "agencyAcceptedAt";

-- The retired per-employer program numbers stay in the append-only audit log (review.registered events already
-- hold them; this records, per organization, the number it had when the column went away).
INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "kind", "subjectType", "subjectId", "payload", "createdAt", "updatedAt")
SELECT 'mig14_' || md5(o."id"), o."id", NULL, 'organization.program_number_retired', 'Organization', o."id",
       jsonb_build_object('programNumber', o."dolProgramNumber", 'registeredOn', to_char(o."agencyAcceptedAt", 'YYYY-MM-DD')),
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "Organization" o
WHERE o."dolProgramNumber" IS NOT NULL;

ALTER TABLE "Organization" DROP COLUMN "dolProgramNumber";
ALTER TABLE "Submission" DROP COLUMN "dolProgramNumber";

-- AAMI's countersignature on the employer acceptance agreement.
ALTER TABLE "EmployerAgreement" ADD COLUMN "countersignedFileId" TEXT,
ADD COLUMN "countersignedSha256" TEXT,
ADD COLUMN "countersignerUserId" TEXT,
ADD COLUMN "countersignerName" TEXT,
ADD COLUMN "countersignerTitle" TEXT,
ADD COLUMN "countersignerEmail" TEXT,
ADD COLUMN "countersignedAt" TIMESTAMP(3),
ADD COLUMN "countersignerIp" TEXT,
ADD COLUMN "countersignerUserAgent" TEXT;

CREATE INDEX "EmployerAgreement_countersignedFileId_idx" ON "EmployerAgreement"("countersignedFileId");

ALTER TABLE "EmployerAgreement" ADD CONSTRAINT "EmployerAgreement_countersignedFileId_fkey" FOREIGN KEY ("countersignedFileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
