-- Issue 14, point 8: the RTI provider becomes a managed record instead of free text on the funding plan (step 4)
-- and on each apprentice, and staff can record the RAPIDS ids of employers and providers.
--
-- Existing data: one provider per distinct name (compared as lib/onboarding/intent/schemas.ts legalNameKey does:
-- lower-cased, apostrophes dropped, other punctuation as spaces), its type and contact taken from the most recently
-- saved funding plan that named it. They are PROPOSED: nobody has checked them yet, so staff confirm each one (and
-- add its address) before the RAPIDS file lists it. Each funding plan and apprentice is linked to its provider, and
-- the free text it held is kept verbatim in an audit event ("rti_provider.migrated") before the columns go.

-- CreateEnum
CREATE TYPE "RtiProviderStatus" AS ENUM ('PROPOSED', 'VERIFIED');

-- CreateTable
CREATE TABLE "RtiProvider" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "providerType" TEXT NOT NULL,
    "addressLine1" TEXT,
    "addressLine2" TEXT,
    "city" TEXT,
    "state" TEXT,
    "postalCode" TEXT,
    "contact" TEXT,
    "website" TEXT,
    "rapidsProviderId" TEXT,
    "status" "RtiProviderStatus" NOT NULL DEFAULT 'VERIFIED',
    "proposedByOrganizationId" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RtiProvider_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RtiProvider_nameKey_key" ON "RtiProvider"("nameKey");
CREATE UNIQUE INDEX "RtiProvider_rapidsProviderId_key" ON "RtiProvider"("rapidsProviderId");
CREATE INDEX "RtiProvider_status_idx" ON "RtiProvider"("status");
CREATE INDEX "RtiProvider_proposedByOrganizationId_idx" ON "RtiProvider"("proposedByOrganizationId");

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "rapidsEmployerId" TEXT;
CREATE UNIQUE INDEX "Organization_rapidsEmployerId_key" ON "Organization"("rapidsEmployerId");

ALTER TABLE "FundingPlan" ADD COLUMN "rtiProviderId" TEXT;
ALTER TABLE "Apprentice" ADD COLUMN "rtiProviderId" TEXT;

-- Backfill: the providers named so far.
WITH named AS (
    SELECT btrim(regexp_replace(regexp_replace(lower(f."providerName"), '[''’]', '', 'g'), '[^a-z0-9]+', ' ', 'g')) AS key,
           btrim(f."providerName") AS name, f."providerType" AS type, f."providerContact" AS contact,
           f."updatedAt" AS at, 1 AS source
      FROM "FundingPlan" f
    UNION ALL
    SELECT btrim(regexp_replace(regexp_replace(lower(a."rtiProvider"), '[''’]', '', 'g'), '[^a-z0-9]+', ' ', 'g')),
           btrim(a."rtiProvider"), NULL, NULL, a."updatedAt", 2
      FROM "Apprentice" a
), chosen AS (
    SELECT DISTINCT ON (key) key, name, type, contact FROM named ORDER BY key, source, at DESC
)
INSERT INTO "RtiProvider" ("id", "name", "nameKey", "providerType", "contact", "status", "updatedAt")
SELECT 'c' || substr(md5(key || clock_timestamp()::text || random()::text), 1, 24),
       name, key, COALESCE(type, 'Other'), NULLIF(btrim(contact), ''), 'PROPOSED', CURRENT_TIMESTAMP
  FROM chosen;

UPDATE "FundingPlan" f SET "rtiProviderId" = p."id"
  FROM "RtiProvider" p
 WHERE p."nameKey" = btrim(regexp_replace(regexp_replace(lower(f."providerName"), '[''’]', '', 'g'), '[^a-z0-9]+', ' ', 'g'));

UPDATE "Apprentice" a SET "rtiProviderId" = p."id"
  FROM "RtiProvider" p
 WHERE p."nameKey" = btrim(regexp_replace(regexp_replace(lower(a."rtiProvider"), '[''’]', '', 'g'), '[^a-z0-9]+', ' ', 'g'));

-- History: what each record said before it was linked.
INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "kind", "subjectType", "subjectId", "payload", "updatedAt")
SELECT 'c' || substr(md5(f."id" || 'rti' || clock_timestamp()::text || random()::text), 1, 24),
       f."organizationId", NULL, 'rti_provider.migrated', 'FundingPlan', f."id",
       jsonb_build_object('providerId', f."rtiProviderId", 'providerName', f."providerName",
                          'providerType', f."providerType", 'providerContact', f."providerContact"),
       CURRENT_TIMESTAMP
  FROM "FundingPlan" f;

INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "kind", "subjectType", "subjectId", "payload", "updatedAt")
SELECT 'c' || substr(md5(a."id" || 'rti' || clock_timestamp()::text || random()::text), 1, 24),
       a."organizationId", NULL, 'rti_provider.migrated', 'Apprentice', a."id",
       jsonb_build_object('providerId', a."rtiProviderId", 'providerName', a."rtiProvider",
                          'providerType', NULL, 'providerContact', NULL),
       CURRENT_TIMESTAMP
  FROM "Apprentice" a;

ALTER TABLE "FundingPlan" ALTER COLUMN "rtiProviderId" SET NOT NULL,
    DROP COLUMN "providerName",
    DROP COLUMN "providerType",
    DROP COLUMN "providerContact";
ALTER TABLE "Apprentice" ALTER COLUMN "rtiProviderId" SET NOT NULL,
    DROP COLUMN "rtiProvider";

-- CreateIndex
CREATE INDEX "FundingPlan_rtiProviderId_idx" ON "FundingPlan"("rtiProviderId");
CREATE INDEX "Apprentice_rtiProviderId_idx" ON "Apprentice"("rtiProviderId");

-- AddForeignKey
ALTER TABLE "RtiProvider" ADD CONSTRAINT "RtiProvider_proposedByOrganizationId_fkey" FOREIGN KEY ("proposedByOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_rtiProviderId_fkey" FOREIGN KEY ("rtiProviderId") REFERENCES "RtiProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Apprentice" ADD CONSTRAINT "Apprentice_rtiProviderId_fkey" FOREIGN KEY ("rtiProviderId") REFERENCES "RtiProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
