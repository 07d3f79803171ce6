-- CreateTable
CREATE TABLE "SkillSignOff" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "skillCode" TEXT NOT NULL,
    "skillSetKey" TEXT NOT NULL,
    "demonstratedOn" DATE NOT NULL,
    "note" TEXT,
    "evidenceFileId" TEXT,
    "signedById" TEXT NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "undoneById" TEXT,
    "undoReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkillSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillSignOffRequest" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "skillCode" TEXT NOT NULL,
    "skillSetKey" TEXT NOT NULL,
    "note" TEXT,
    "requestedById" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkillSignOffRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SkillSignOff_organizationId_idx" ON "SkillSignOff"("organizationId");

-- CreateIndex
CREATE INDEX "SkillSignOff_apprenticeId_skillCode_idx" ON "SkillSignOff"("apprenticeId", "skillCode");

-- CreateIndex
CREATE INDEX "SkillSignOff_evidenceFileId_idx" ON "SkillSignOff"("evidenceFileId");

-- CreateIndex
CREATE INDEX "SkillSignOffRequest_organizationId_idx" ON "SkillSignOffRequest"("organizationId");

-- CreateIndex
CREATE INDEX "SkillSignOffRequest_apprenticeId_skillCode_idx" ON "SkillSignOffRequest"("apprenticeId", "skillCode");

-- AddForeignKey
ALTER TABLE "SkillSignOff" ADD CONSTRAINT "SkillSignOff_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillSignOff" ADD CONSTRAINT "SkillSignOff_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillSignOff" ADD CONSTRAINT "SkillSignOff_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillSignOffRequest" ADD CONSTRAINT "SkillSignOffRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillSignOffRequest" ADD CONSTRAINT "SkillSignOffRequest_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One standing sign-off per apprentice and skill; an undone one stays as history beside a later one.
CREATE UNIQUE INDEX "SkillSignOff_one_standing" ON "SkillSignOff"("apprenticeId", "skillCode") WHERE "undoneAt" IS NULL;
-- One open request per apprentice and skill.
CREATE UNIQUE INDEX "SkillSignOffRequest_one_open" ON "SkillSignOffRequest"("apprenticeId", "skillCode")
  WHERE "resolvedAt" IS NULL;

-- A sign-off is a record of what the mentor attested: it is never deleted and never changes, except to be undone,
-- once, within 7 days (the undo's time, author and reason are all it may add).
CREATE FUNCTION "skill_sign_off_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Skill sign-off % is a record and is never deleted: undo it instead', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD."undoneAt" IS NOT NULL
     OR NEW."undoneAt" IS NULL
     OR NEW."undoneAt" > OLD."createdAt" + interval '7 days'
     OR (NEW."id", NEW."organizationId", NEW."apprenticeId", NEW."skillCode", NEW."skillSetKey", NEW."demonstratedOn",
         NEW."note", NEW."evidenceFileId", NEW."signedById", NEW."createdAt")
        IS DISTINCT FROM
        (OLD."id", OLD."organizationId", OLD."apprenticeId", OLD."skillCode", OLD."skillSetKey", OLD."demonstratedOn",
         OLD."note", OLD."evidenceFileId", OLD."signedById", OLD."createdAt")
  THEN
    RAISE EXCEPTION 'Skill sign-off % cannot change: it may only be undone, once, within 7 days', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "SkillSignOff_is_final"
  BEFORE UPDATE OR DELETE ON "SkillSignOff"
  FOR EACH ROW EXECUTE FUNCTION "skill_sign_off_is_final"();
