-- CreateEnum
CREATE TYPE "OrganizationRequestStatus" AS ENUM ('PENDING', 'CREATED', 'CLAIMED', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "OrganizationRequest" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "status" "OrganizationRequestStatus" NOT NULL DEFAULT 'PENDING',
    "organizationId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "grantedRole" "OrgRole",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationRequest_tokenHash_key" ON "OrganizationRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "OrganizationRequest_organizationId_status_idx" ON "OrganizationRequest"("organizationId", "status");

-- CreateIndex
CREATE INDEX "OrganizationRequest_status_expiresAt_idx" ON "OrganizationRequest"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "OrganizationRequest" ADD CONSTRAINT "OrganizationRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
