-- Enrollment of apprentices (step 8): AAMI approves a registration before it goes to RAPIDS, status changes are
-- guarded by a row version, and the per-apprentice agreement records what was signed and when it was voided.
ALTER TYPE "ApprenticeStatus" ADD VALUE 'APPROVED' AFTER 'PENDING_REGISTRATION';

-- AlterTable
ALTER TABLE "Apprentice" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "creditAdjustedAt" TIMESTAMP(3),
ADD COLUMN     "creditAdjustedById" TEXT,
ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ApprenticeAgreement" ADD COLUMN     "contentSha256" TEXT,
ADD COLUMN     "employerSignerTitle" TEXT,
ADD COLUMN     "guardianRelationship" TEXT,
ADD COLUMN     "signingTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN     "voidedAt" TIMESTAMP(3);
