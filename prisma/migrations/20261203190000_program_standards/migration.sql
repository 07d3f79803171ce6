-- The program's standards become versioned data (issue 14, point 1). This migration creates version 1, published,
-- so every database (development, test, production) has current standards without running the seed: skill set 1
-- with AAMI's public content ("Orientation and Safety", 200 hours), the other nine with today's keys and hours,
-- marked SAMPLE until staff import AAMI's registered schedule. Existing agreements were signed under these terms, so
-- they are backfilled to version 1. Published versions, and the version an agreement records, never change: the
-- triggers at the end make the database refuse it too.

-- CreateEnum
CREATE TYPE "StandardsStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RatioLevel" AS ENUM ('WORKSITE');

-- CreateTable
CREATE TABLE "StandardsVersion" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "StandardsStatus" NOT NULL DEFAULT 'DRAFT',
    "registrationNumber" TEXT,
    "registeredOn" DATE,
    "termOjlHours" INTEGER NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "probationMonths" INTEGER NOT NULL,
    "ratioApprentices" INTEGER NOT NULL,
    "ratioJourneyworkers" INTEGER NOT NULL,
    "ratioLevel" "RatioLevel" NOT NULL DEFAULT 'WORKSITE',
    "riHoursPerYear" INTEGER NOT NULL,
    "maxCreditHours" INTEGER NOT NULL,
    "pendingImport" JSONB,
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandardsVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardsSkillSet" (
    "id" TEXT NOT NULL,
    "standardsVersionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandardsSkillSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardsSkill" (
    "id" TEXT NOT NULL,
    "standardsVersionId" TEXT NOT NULL,
    "skillSetId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandardsSkill_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StandardsVersion_version_key" ON "StandardsVersion"("version");

-- CreateIndex
CREATE INDEX "StandardsVersion_status_version_idx" ON "StandardsVersion"("status", "version");

-- CreateIndex
CREATE UNIQUE INDEX "StandardsSkillSet_standardsVersionId_key_key" ON "StandardsSkillSet"("standardsVersionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "StandardsSkillSet_standardsVersionId_ordinal_key" ON "StandardsSkillSet"("standardsVersionId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "StandardsSkill_standardsVersionId_code_key" ON "StandardsSkill"("standardsVersionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "StandardsSkill_skillSetId_ordinal_key" ON "StandardsSkill"("skillSetId", "ordinal");

-- Version 1: the term (4,000 hours of on-the-job learning, the sum of the skill sets, over 24 months), a probation of
-- 6 months (25 percent of the term, within the one-year limit of 29 CFR 29.5(b)(8)), one apprentice per journeyworker
-- at each worksite, 144 hours of related instruction a year, and credit for prior experience up to the term less its
-- smallest skill set (3,800 hours), as the portal applied before. AAMI's registration number and date are not
-- known here: they stay empty ("to be entered by AAMI") until staff enter them in a new version.
INSERT INTO "StandardsVersion" ("id", "version", "status", "termOjlHours", "termMonths", "probationMonths",
  "ratioApprentices", "ratioJourneyworkers", "ratioLevel", "riHoursPerYear", "maxCreditHours", "publishedAt", "updatedAt")
VALUES ('standardsversion000001', 1, 'PUBLISHED', 4000, 24, 6, 1, 1, 'WORKSITE', 144, 3800, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO "StandardsSkillSet" ("id", "standardsVersionId", "key", "ordinal", "title", "hours", "isSample", "updatedAt")
VALUES
  ('standardsv1set00000001', 'standardsversion000001', 'SAFETY', 1, 'Orientation and Safety', 200, false, CURRENT_TIMESTAMP),
  ('standardsv1set00000002', 'standardsversion000001', 'PROFESSIONAL', 2, 'Professional practice, communication and customer service', 200, true, CURRENT_TIMESTAMP),
  ('standardsv1set00000003', 'standardsversion000001', 'ANATOMY', 3, 'Anatomy, physiology and medical terminology for technicians', 300, true, CURRENT_TIMESTAMP),
  ('standardsv1set00000004', 'standardsversion000001', 'ELECTRONICS', 4, 'Electronics fundamentals and test equipment', 500, true, CURRENT_TIMESTAMP),
  ('standardsv1set00000005', 'standardsversion000001', 'DEVICES', 5, 'Medical device theory of operation', 500, true, CURRENT_TIMESTAMP),
  ('standardsv1set00000006', 'standardsversion000001', 'INSPECTION', 6, 'Inspection and preventive maintenance', 500, true, CURRENT_TIMESTAMP),
  ('standardsv1set00000007', 'standardsversion000001', 'REPAIR', 7, 'Troubleshooting and corrective maintenance', 600, true, CURRENT_TIMESTAMP),
  ('standardsv1set00000008', 'standardsversion000001', 'IT_SECURITY', 8, 'Networking, IT and cybersecurity of medical devices', 500, true, CURRENT_TIMESTAMP),
  ('standardsv1set00000009', 'standardsversion000001', 'STANDARDS', 9, 'Codes, standards and regulatory compliance', 300, true, CURRENT_TIMESTAMP),
  ('standardsv1set00000010', 'standardsversion000001', 'MANAGEMENT', 10, 'Documentation, CMMS and equipment management', 400, true, CURRENT_TIMESTAMP);

INSERT INTO "StandardsSkill" ("id", "standardsVersionId", "skillSetId", "code", "ordinal", "title", "updatedAt")
VALUES
  ('standardsv1skill000101', 'standardsversion000001', 'standardsv1set00000001', '1.01', 1, 'HR safety and employee orientation courses', CURRENT_TIMESTAMP),
  ('standardsv1skill000102', 'standardsversion000001', 'standardsv1set00000001', '1.02', 2, 'Orientation to the department and the organization', CURRENT_TIMESTAMP),
  ('standardsv1skill000103', 'standardsversion000001', 'standardsv1set00000001', '1.03', 3, 'The BMET job description', CURRENT_TIMESTAMP),
  ('standardsv1skill000104', 'standardsversion000001', 'standardsv1set00000001', '1.04', 4, 'Department and organization policies', CURRENT_TIMESTAMP),
  ('standardsv1skill000105', 'standardsversion000001', 'standardsv1set00000001', '1.05', 5, 'Department meetings', CURRENT_TIMESTAMP),
  ('standardsv1skill000106', 'standardsversion000001', 'standardsv1set00000001', '1.06', 6, 'HIPAA', CURRENT_TIMESTAMP),
  ('standardsv1skill000107', 'standardsversion000001', 'standardsv1set00000001', '1.07', 7, 'Choosing personal protective equipment (PPE)', CURRENT_TIMESTAMP),
  ('standardsv1skill000108', 'standardsversion000001', 'standardsv1set00000001', '1.08', 8, 'Safety Data Sheets (SDS)', CURRENT_TIMESTAMP),
  ('standardsv1skill000109', 'standardsversion000001', 'standardsv1set00000001', '1.09', 9, 'Handling and disposal of hazardous components (batteries, O2 cells, reagents, boards, chemicals)', CURRENT_TIMESTAMP),
  ('standardsv1skill000110', 'standardsversion000001', 'standardsv1set00000001', '1.10', 10, 'Lock-out/tag-out', CURRENT_TIMESTAMP),
  ('standardsv1skill000111', 'standardsversion000001', 'standardsv1set00000001', '1.11', 11, 'Safety symbols and signage', CURRENT_TIMESTAMP),
  ('standardsv1skill000112', 'standardsversion000001', 'standardsv1set00000001', '1.12', 12, 'Bloodborne pathogens and universal precautions', CURRENT_TIMESTAMP),
  ('standardsv1skill000113', 'standardsversion000001', 'standardsv1set00000001', '1.13', 13, 'Isolation-room gowning', CURRENT_TIMESTAMP),
  ('standardsv1skill000114', 'standardsversion000001', 'standardsv1set00000001', '1.14', 14, 'Reverse-isolation (negative pressure) gowning', CURRENT_TIMESTAMP),
  ('standardsv1skill000115', 'standardsversion000001', 'standardsv1set00000001', '1.15', 15, 'The regulatory agencies and authorities having jurisdiction', CURRENT_TIMESTAMP),
  ('standardsv1skill000201', 'standardsversion000001', 'standardsv1set00000002', '2.01', 1, 'Communicate a work order''s status to clinical staff', CURRENT_TIMESTAMP),
  ('standardsv1skill000202', 'standardsversion000001', 'standardsv1set00000002', '2.02', 2, 'Document customer interactions', CURRENT_TIMESTAMP),
  ('standardsv1skill000203', 'standardsversion000001', 'standardsv1set00000002', '2.03', 3, 'Follow escalation paths', CURRENT_TIMESTAMP),
  ('standardsv1skill000301', 'standardsversion000001', 'standardsv1set00000003', '3.01', 1, 'Use medical terminology in service records', CURRENT_TIMESTAMP),
  ('standardsv1skill000302', 'standardsversion000001', 'standardsv1set00000003', '3.02', 2, 'Relate device function to body systems', CURRENT_TIMESTAMP),
  ('standardsv1skill000303', 'standardsversion000001', 'standardsv1set00000003', '3.03', 3, 'Identify patient-connected device risks', CURRENT_TIMESTAMP),
  ('standardsv1skill000401', 'standardsversion000001', 'standardsv1set00000004', '4.01', 1, 'Measure voltage, current and resistance', CURRENT_TIMESTAMP),
  ('standardsv1skill000402', 'standardsversion000001', 'standardsv1set00000004', '4.02', 2, 'Use an oscilloscope', CURRENT_TIMESTAMP),
  ('standardsv1skill000403', 'standardsversion000001', 'standardsv1set00000004', '4.03', 3, 'Perform an electrical safety test', CURRENT_TIMESTAMP),
  ('standardsv1skill000501', 'standardsversion000001', 'standardsv1set00000005', '5.01', 1, 'Explain the operation of an infusion pump', CURRENT_TIMESTAMP),
  ('standardsv1skill000502', 'standardsversion000001', 'standardsv1set00000005', '5.02', 2, 'Explain the operation of a patient monitor', CURRENT_TIMESTAMP),
  ('standardsv1skill000503', 'standardsversion000001', 'standardsv1set00000005', '5.03', 3, 'Explain the operation of a defibrillator', CURRENT_TIMESTAMP),
  ('standardsv1skill000601', 'standardsversion000001', 'standardsv1set00000006', '6.01', 1, 'Perform an incoming inspection', CURRENT_TIMESTAMP),
  ('standardsv1skill000602', 'standardsversion000001', 'standardsv1set00000006', '6.02', 2, 'Perform scheduled preventive maintenance', CURRENT_TIMESTAMP),
  ('standardsv1skill000603', 'standardsversion000001', 'standardsv1set00000006', '6.03', 3, 'Record inspection results in the CMMS', CURRENT_TIMESTAMP),
  ('standardsv1skill000701', 'standardsversion000001', 'standardsv1set00000007', '7.01', 1, 'Isolate a fault to a module', CURRENT_TIMESTAMP),
  ('standardsv1skill000702', 'standardsversion000001', 'standardsv1set00000007', '7.02', 2, 'Replace a component and verify the repair', CURRENT_TIMESTAMP),
  ('standardsv1skill000703', 'standardsversion000001', 'standardsv1set00000007', '7.03', 3, 'Return a device to service', CURRENT_TIMESTAMP),
  ('standardsv1skill000801', 'standardsversion000001', 'standardsv1set00000008', '8.01', 1, 'Connect a device to the clinical network', CURRENT_TIMESTAMP),
  ('standardsv1skill000802', 'standardsversion000001', 'standardsv1set00000008', '8.02', 2, 'Apply a manufacturer''s security patch', CURRENT_TIMESTAMP),
  ('standardsv1skill000803', 'standardsversion000001', 'standardsv1set00000008', '8.03', 3, 'Report a device vulnerability', CURRENT_TIMESTAMP),
  ('standardsv1skill000901', 'standardsversion000001', 'standardsv1set00000009', '9.01', 1, 'Apply NFPA 99 electrical requirements', CURRENT_TIMESTAMP),
  ('standardsv1skill000902', 'standardsversion000001', 'standardsv1set00000009', '9.02', 2, 'Prepare for an accreditation survey', CURRENT_TIMESTAMP),
  ('standardsv1skill000903', 'standardsversion000001', 'standardsv1set00000009', '9.03', 3, 'Handle a device recall', CURRENT_TIMESTAMP),
  ('standardsv1skill001001', 'standardsversion000001', 'standardsv1set00000010', '10.01', 1, 'Add a device to the equipment inventory', CURRENT_TIMESTAMP),
  ('standardsv1skill001002', 'standardsversion000001', 'standardsv1set00000010', '10.02', 2, 'Close a work order with complete documentation', CURRENT_TIMESTAMP),
  ('standardsv1skill001003', 'standardsversion000001', 'standardsv1set00000010', '10.03', 3, 'Report equipment metrics', CURRENT_TIMESTAMP);

-- Every agreement signed so far was signed under these terms: version 1.
ALTER TABLE "EmployerAgreement" ADD COLUMN "standardsVersionId" TEXT;
UPDATE "EmployerAgreement" SET "standardsVersionId" = 'standardsversion000001';
ALTER TABLE "EmployerAgreement" ALTER COLUMN "standardsVersionId" SET NOT NULL;
ALTER TABLE "ApprenticeAgreement" ADD COLUMN "standardsVersionId" TEXT;
UPDATE "ApprenticeAgreement" SET "standardsVersionId" = 'standardsversion000001';
ALTER TABLE "ApprenticeAgreement" ALTER COLUMN "standardsVersionId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "ApprenticeAgreement_standardsVersionId_idx" ON "ApprenticeAgreement"("standardsVersionId");

-- CreateIndex
CREATE INDEX "EmployerAgreement_standardsVersionId_idx" ON "EmployerAgreement"("standardsVersionId");

-- AddForeignKey
ALTER TABLE "StandardsSkillSet" ADD CONSTRAINT "StandardsSkillSet_standardsVersionId_fkey" FOREIGN KEY ("standardsVersionId") REFERENCES "StandardsVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardsSkill" ADD CONSTRAINT "StandardsSkill_standardsVersionId_fkey" FOREIGN KEY ("standardsVersionId") REFERENCES "StandardsVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardsSkill" ADD CONSTRAINT "StandardsSkill_skillSetId_fkey" FOREIGN KEY ("skillSetId") REFERENCES "StandardsSkillSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerAgreement" ADD CONSTRAINT "EmployerAgreement_standardsVersionId_fkey" FOREIGN KEY ("standardsVersionId") REFERENCES "StandardsVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprenticeAgreement" ADD CONSTRAINT "ApprenticeAgreement_standardsVersionId_fkey" FOREIGN KEY ("standardsVersionId") REFERENCES "StandardsVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A published version is the record of the standards agreements were signed under: it never changes and is never
-- deleted. Only a draft's fields, and its schedule, change (publishing is the draft's last change).
CREATE FUNCTION "standards_version_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    RAISE EXCEPTION 'Standards version % is published and cannot change: publish a new version instead', OLD."version"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "StandardsVersion_immutable"
  BEFORE UPDATE OR DELETE ON "StandardsVersion"
  FOR EACH ROW EXECUTE FUNCTION "standards_version_is_immutable"();

CREATE FUNCTION "standards_schedule_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY[NEW."standardsVersionId"];
  ELSIF TG_OP = 'DELETE' THEN
    touched := ARRAY[OLD."standardsVersionId"];
  ELSE
    touched := ARRAY[OLD."standardsVersionId", NEW."standardsVersionId"];
  END IF;
  IF EXISTS (SELECT 1 FROM "StandardsVersion" WHERE "status" = 'PUBLISHED' AND "id" = ANY (touched)) THEN
    RAISE EXCEPTION 'The schedule of a published standards version cannot change (% on %)', TG_OP, TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "StandardsSkillSet_immutable"
  BEFORE INSERT OR UPDATE OR DELETE ON "StandardsSkillSet"
  FOR EACH ROW EXECUTE FUNCTION "standards_schedule_is_immutable"();

CREATE TRIGGER "StandardsSkill_immutable"
  BEFORE INSERT OR UPDATE OR DELETE ON "StandardsSkill"
  FOR EACH ROW EXECUTE FUNCTION "standards_schedule_is_immutable"();

-- The version an agreement was signed under is part of what was signed. Kept apart from the agreements' own
-- immutability triggers, so changes to those (new signature fields) leave this rule alone.
CREATE FUNCTION "agreement_standards_version_is_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."standardsVersionId" IS DISTINCT FROM OLD."standardsVersionId" THEN
    RAISE EXCEPTION '% % was signed under standards % and cannot move to another version', TG_TABLE_NAME, OLD."id",
      OLD."standardsVersionId" USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "EmployerAgreement_standards_version_fixed"
  BEFORE UPDATE OF "standardsVersionId" ON "EmployerAgreement"
  FOR EACH ROW EXECUTE FUNCTION "agreement_standards_version_is_fixed"();

CREATE TRIGGER "ApprenticeAgreement_standards_version_fixed"
  BEFORE UPDATE OF "standardsVersionId" ON "ApprenticeAgreement"
  FOR EACH ROW EXECUTE FUNCTION "agreement_standards_version_is_fixed"();
