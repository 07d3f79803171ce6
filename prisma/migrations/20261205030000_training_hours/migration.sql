-- CreateEnum
CREATE TYPE "OjtEntryStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'RETURNED');

-- AlterTable
ALTER TABLE "Mentor" ADD COLUMN     "userId" TEXT;

-- AlterTable
ALTER TABLE "Apprentice" ADD COLUMN     "mentorId" TEXT,
ADD COLUMN     "userId" TEXT;

-- CreateTable
CREATE TABLE "OjtEntry" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "skillSetKey" TEXT NOT NULL,
    "dayMinutes" INTEGER[],
    "totalMinutes" INTEGER NOT NULL,
    "note" TEXT,
    "status" "OjtEntryStatus" NOT NULL DEFAULT 'SUBMITTED',
    "correctsId" TEXT,
    "loggedById" TEXT NOT NULL,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OjtEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OjtEntry_correctsId_key" ON "OjtEntry"("correctsId");

-- CreateIndex
CREATE INDEX "OjtEntry_organizationId_idx" ON "OjtEntry"("organizationId");

-- CreateIndex
CREATE INDEX "OjtEntry_apprenticeId_weekStart_idx" ON "OjtEntry"("apprenticeId", "weekStart");

-- CreateIndex
CREATE INDEX "OjtEntry_status_apprenticeId_idx" ON "OjtEntry"("status", "apprenticeId");

-- CreateIndex
CREATE INDEX "Mentor_userId_idx" ON "Mentor"("userId");

-- CreateIndex
CREATE INDEX "Apprentice_userId_idx" ON "Apprentice"("userId");

-- CreateIndex
CREATE INDEX "Apprentice_mentorId_idx" ON "Apprentice"("mentorId");

-- AddForeignKey
ALTER TABLE "Mentor" ADD CONSTRAINT "Mentor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apprentice" ADD CONSTRAINT "Apprentice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apprentice" ADD CONSTRAINT "Apprentice_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Mentor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OjtEntry" ADD CONSTRAINT "OjtEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OjtEntry" ADD CONSTRAINT "OjtEntry_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OjtEntry" ADD CONSTRAINT "OjtEntry_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "OjtEntry"("id") ON DELETE NO ACTION ON UPDATE CASCADE;


-- A week is a Monday and seven days of minutes (0 to a whole day each); the total is their sum, kept as a column so
-- totals are one SUM, and checked here so no writer can store a total that disagrees with its days.
ALTER TABLE "OjtEntry" ALTER COLUMN "dayMinutes" SET NOT NULL;
ALTER TABLE "OjtEntry" ADD CONSTRAINT "OjtEntry_week_is_monday" CHECK (EXTRACT(ISODOW FROM "weekStart") = 1);
ALTER TABLE "OjtEntry" ADD CONSTRAINT "OjtEntry_seven_days" CHECK (
  cardinality("dayMinutes") = 7 AND 0 <= ALL ("dayMinutes") AND 1440 >= ALL ("dayMinutes")
);
ALTER TABLE "OjtEntry" ADD CONSTRAINT "OjtEntry_total_is_sum" CHECK (
  "totalMinutes" = "dayMinutes"[1] + "dayMinutes"[2] + "dayMinutes"[3] + "dayMinutes"[4] + "dayMinutes"[5]
                 + "dayMinutes"[6] + "dayMinutes"[7]
);

-- One entry per apprentice, week and skill set: a second one is edited into the first (lib/training/hours). Only
-- corrections, which name the entry they correct, may share the week and skill set.
CREATE UNIQUE INDEX "OjtEntry_one_per_week_and_skill_set" ON "OjtEntry"("apprenticeId", "weekStart", "skillSetKey")
  WHERE "correctsId" IS NULL;

-- Approved hours are the record the apprentice's progress, raises and completion are counted from: they never
-- change. A correction is a new entry (correctsId).
CREATE FUNCTION "ojt_entry_approved_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'APPROVED' THEN
    RAISE EXCEPTION 'On-the-job entry % is approved and cannot change: log a correction instead', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "OjtEntry_approved_is_final"
  BEFORE UPDATE ON "OjtEntry"
  FOR EACH ROW EXECUTE FUNCTION "ojt_entry_approved_is_final"();
