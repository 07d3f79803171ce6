-- Self-identification comes from the apprentice, not the employer (issue 14, point 6).
--
-- Until now the employer typed the apprentice's ETA-671 self-identification answers on the enrollment form. From
-- here on the apprentice answers them on the signing page, and "ApprenticeDemographics" holds only the apprentice's
-- own answers (with when they gave them). Answers an employer typed are not self-identification, so they are moved,
-- unchanged, to a history table that nothing shows or exports, instead of being dropped silently or sent to DOL as
-- if the apprentice had given them. An apprentice who has not signed yet answers when they sign; one who signed
-- before this change reads "did not self-identify" in the RAPIDS file until asked again.

-- CreateEnum
CREATE TYPE "SelfIdTallyQuestion" AS ENUM ('SEX', 'ETHNICITY', 'RACE', 'DISABILITY');

-- CreateTable
CREATE TABLE "ApprenticeDemographicsEnteredByEmployer" (
    "id" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "ethnicity" INTEGER NOT NULL,
    "raceAmericanIndian" INTEGER NOT NULL,
    "raceAsian" INTEGER NOT NULL,
    "raceBlack" INTEGER NOT NULL,
    "racePacificIslander" INTEGER NOT NULL,
    "raceWhite" INTEGER NOT NULL,
    "veteranStatus" INTEGER NOT NULL,
    "disabilityStatus" INTEGER NOT NULL,
    "educationLevel" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApprenticeDemographicsEnteredByEmployer_pkey" PRIMARY KEY ("id")
);

-- Every existing row was typed by an employer: keep it as it is, ids and times included.
INSERT INTO "ApprenticeDemographicsEnteredByEmployer"
  ("id", "apprenticeId", "organizationId", "gender", "ethnicity", "raceAmericanIndian", "raceAsian", "raceBlack",
   "racePacificIslander", "raceWhite", "veteranStatus", "disabilityStatus", "educationLevel", "createdAt", "updatedAt")
SELECT "id", "apprenticeId", "organizationId", "gender", "ethnicity", "raceAmericanIndian", "raceAsian", "raceBlack",
       "racePacificIslander", "raceWhite", "veteranStatus", "disabilityStatus", "educationLevel", "createdAt",
       "updatedAt"
  FROM "ApprenticeDemographics";

DELETE FROM "ApprenticeDemographics";

-- AlterTable: empty now, so the apprentice's answer time can be required.
ALTER TABLE "ApprenticeDemographics" ADD COLUMN     "answeredAt" TIMESTAMP(3) NOT NULL;

-- CreateTable
CREATE TABLE "CandidateSelfIdTally" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "question" "SelfIdTallyQuestion" NOT NULL,
    "answer" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateSelfIdTally_pkey" PRIMARY KEY ("id")
);

-- People deleted before answers were counted: recorded as NOT_RECORDED for each question, so every question's
-- counts still add up to the people deleted in that region and month.
INSERT INTO "CandidateSelfIdTally" ("id", "region", "month", "question", "answer", "count", "updatedAt")
SELECT 'tally_' || md5(t."id" || q.question::text), t."region", t."month", q.question, 'NOT_RECORDED', t."deleted",
       CURRENT_TIMESTAMP
  FROM "CandidateTally" t
 CROSS JOIN unnest(enum_range(NULL::"SelfIdTallyQuestion")) AS q(question)
 WHERE t."deleted" > 0;

-- CreateIndex
CREATE UNIQUE INDEX "ApprenticeDemographicsEnteredByEmployer_apprenticeId_key" ON "ApprenticeDemographicsEnteredByEmployer"("apprenticeId");

-- CreateIndex
CREATE INDEX "ApprenticeDemographicsEnteredByEmployer_organizationId_idx" ON "ApprenticeDemographicsEnteredByEmployer"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateSelfIdTally_region_month_question_answer_key" ON "CandidateSelfIdTally"("region", "month", "question", "answer");

-- AddForeignKey
ALTER TABLE "ApprenticeDemographicsEnteredByEmployer" ADD CONSTRAINT "ApprenticeDemographicsEnteredByEmployer_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
