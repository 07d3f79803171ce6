-- DropForeignKey
ALTER TABLE "EmployerAgreement" DROP CONSTRAINT "EmployerAgreement_organizationId_fkey";

-- DropForeignKey
ALTER TABLE "RegistrationPacket" DROP CONSTRAINT "RegistrationPacket_organizationId_fkey";

-- DropForeignKey
ALTER TABLE "Submission" DROP CONSTRAINT "Submission_organizationId_fkey";

-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "claimToken" TEXT;

-- AddForeignKey
ALTER TABLE "EmployerAgreement" ADD CONSTRAINT "EmployerAgreement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationPacket" ADD CONSTRAINT "RegistrationPacket_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
