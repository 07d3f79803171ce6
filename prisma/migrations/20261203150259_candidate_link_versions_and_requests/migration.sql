-- CreateEnum
CREATE TYPE "ProfileLinkRequestReason" AS ENUM ('REQUESTED', 'FORM_AGAIN');

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "linkVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ProfileLinkRequest" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "reason" "ProfileLinkRequestReason" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfileLinkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProfileLinkRequest_createdAt_idx" ON "ProfileLinkRequest"("createdAt");
