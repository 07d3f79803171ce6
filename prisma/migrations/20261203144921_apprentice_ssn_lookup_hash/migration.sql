-- A keyed hash of each apprentice's SSN (lib/crypto/ssn.ts), unique across all organizations because RAPIDS refuses
-- the same SSN twice nationally: the enrollment form catches a duplicate instead of the upload. Existing rows have
-- no hash (NULLs never collide) until `npm run ssn:reencrypt` fills it, and reports any duplicates it finds then.
-- AlterTable
ALTER TABLE "Apprentice" ADD COLUMN     "ssnLookupHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Apprentice_ssnLookupHash_key" ON "Apprentice"("ssnLookupHash");
