-- Raises are counted per time with an employer, not per employer: an apprentice transferred A → B → A starts A's
-- schedule again from the step the return transfer set, and A's raises from the first time stay in the wage history
-- as an earlier employer's (lib/training/raises/data.ts).

-- DropIndex
DROP INDEX "WageRaise_apprenticeId_organizationId_step_key";

-- AlterTable: added nullable, filled in, then required.
ALTER TABLE "WageRaise" ADD COLUMN "stintStartedOn" DATE;

-- Each raise given so far belongs to the time with its employer that began last on or before it took effect: the
-- latest accepted transfer to that employer by then, else the start date. The rows are final (a trigger refuses any
-- change), so the trigger is set aside for this one fill.
ALTER TABLE "WageRaise" DISABLE TRIGGER "WageRaise_is_final";
UPDATE "WageRaise" r
   SET "stintStartedOn" = COALESCE(
         (SELECT max(t."effectiveOn") FROM "TrainingTransfer" t
           WHERE t."apprenticeId" = r."apprenticeId" AND t."toOrganizationId" = r."organizationId"
             AND t.status = 'ACCEPTED' AND t."effectiveOn" <= r."effectiveOn"),
         (SELECT a."startDate" FROM "Apprentice" a WHERE a.id = r."apprenticeId"));
ALTER TABLE "WageRaise" ENABLE TRIGGER "WageRaise_is_final";

ALTER TABLE "WageRaise" ALTER COLUMN "stintStartedOn" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "WageRaise_apprenticeId_organizationId_stintStartedOn_step_key" ON "WageRaise"("apprenticeId", "organizationId", "stintStartedOn", "step");
