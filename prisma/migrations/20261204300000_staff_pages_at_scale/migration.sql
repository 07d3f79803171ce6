-- Staff pages that cost the same with 100 or 10,000 organizations (issue 16, point 4).

-- Trigram indexes answer ILIKE '%…%' (the staff candidate search, the queue's name search). pg_trgm ships with
-- PostgreSQL's contrib (Debian's postgresql-15 package) and with PGlite (loaded in lib/dev/embedded-postgres.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Each organization's latest submission version, flagged, so the queue and the staff home read it from an index
-- instead of anti-joining every submission on every request.
ALTER TABLE "Submission" ADD COLUMN "isLatest" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Submission" s SET "isLatest" = true
 WHERE NOT EXISTS (SELECT 1 FROM "Submission" n WHERE n."organizationId" = s."organizationId" AND n."version" > s."version");

-- At most one latest version per organization, whatever writes happen at once. Partial, so not in schema.prisma
-- (Prisma 6 cannot express WHERE on an index).
CREATE UNIQUE INDEX "Submission_organizationId_latest_key" ON "Submission"("organizationId") WHERE "isLatest";

-- The flag is kept by the database, in the same transaction as every insert of a version (the app's submit
-- action, the seed, tests, bulk loads): a new version takes the flag from the older ones unless a higher version
-- exists already. Inserts for one organization take a row lock on it first, so two versions written at once are
-- flagged one after the other (the second sees the first once it commits); submissions are never deleted or
-- renumbered (Submission_immutable), so inserts are the only writes that can move the flag.
CREATE FUNCTION "submission_flag_latest"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Organization" WHERE "id" = NEW."organizationId" FOR NO KEY UPDATE;
  IF EXISTS (SELECT 1 FROM "Submission" WHERE "organizationId" = NEW."organizationId" AND "version" > NEW."version") THEN
    NEW."isLatest" := false;
  ELSE
    UPDATE "Submission" SET "isLatest" = false WHERE "organizationId" = NEW."organizationId" AND "isLatest";
    NEW."isLatest" := true;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Submission_flag_latest"
  BEFORE INSERT ON "Submission"
  FOR EACH ROW EXECUTE FUNCTION "submission_flag_latest"();

-- The queue (latest versions by status, oldest first) and the staff home's figures (decisions of the last 90
-- days, registrations this quarter) read ranges of these instead of the whole table.
CREATE INDEX "Submission_isLatest_status_submittedAt_idx" ON "Submission"("isLatest", "status", "submittedAt");
CREATE INDEX "Submission_decidedAt_idx" ON "Submission"("decidedAt");
CREATE INDEX "Submission_agencyAcceptedAt_idx" ON "Submission"("agencyAcceptedAt");

-- The staff candidate search (each word against name, email, city and phone) and the queue's name search.
CREATE INDEX "Candidate_search_trgm_idx" ON "Candidate" USING GIN (
  "firstName" gin_trgm_ops, "lastName" gin_trgm_ops, "email" gin_trgm_ops, "city" gin_trgm_ops, "phone" gin_trgm_ops
);
CREATE INDEX "Organization_name_trgm_idx" ON "Organization" USING GIN ("legalName" gin_trgm_ops, "dbaName" gin_trgm_ops);

-- Employer partners see candidates who want to work in their region or state (`&&` on these arrays).
CREATE INDEX "Candidate_regionsOfInterest_idx" ON "Candidate" USING GIN ("regionsOfInterest");
CREATE INDEX "Candidate_statesOfInterest_idx" ON "Candidate" USING GIN ("statesOfInterest");
