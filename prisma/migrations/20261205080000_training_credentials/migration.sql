-- CreateEnum
CREATE TYPE "CredentialKind" AS ENUM ('CABT', 'IT_FUNDAMENTALS', 'CBET_CANDIDATE');

-- CreateTable
CREATE TABLE "Credential" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "kind" "CredentialKind" NOT NULL,
    "earnedOn" DATE NOT NULL,
    "evidenceFileId" TEXT NOT NULL,
    "enteredById" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "returnedAt" TIMESTAMP(3),
    "returnedById" TEXT,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Credential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Credential_organizationId_idx" ON "Credential"("organizationId");

-- CreateIndex
CREATE INDEX "Credential_apprenticeId_kind_idx" ON "Credential"("apprenticeId", "kind");

-- CreateIndex
CREATE INDEX "Credential_evidenceFileId_idx" ON "Credential"("evidenceFileId");

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE NO ACTION ON UPDATE CASCADE;


-- One standing credential per apprentice and kind: waiting for AAMI or verified. A returned one steps aside, so the
-- credential can be entered again.
CREATE UNIQUE INDEX "Credential_standing_key" ON "Credential"("apprenticeId", "kind") WHERE "returnedAt" IS NULL;

-- The staff list of credentials waiting for verification, oldest first.
CREATE INDEX "Credential_waiting_idx" ON "Credential"("createdAt", "id")
  WHERE "verifiedAt" IS NULL AND "returnedAt" IS NULL;

-- Verified or returned, never both; each with who did it, and a return with its reason.
ALTER TABLE "Credential" ADD CONSTRAINT "Credential_decision_consistent" CHECK (
  ("verifiedAt" IS NULL OR "returnedAt" IS NULL)
  AND ("verifiedAt" IS NULL) = ("verifiedById" IS NULL)
  AND ("returnedAt" IS NULL) = ("returnedById" IS NULL)
  AND ("returnedAt" IS NULL) = ("returnReason" IS NULL)
);

-- What the apprentice entered never changes; AAMI's decision is written once, and from then on the row is a record:
-- a verified credential (what the apprentice earned) and a returned one (why it was sent back) never change and are
-- never deleted.
CREATE FUNCTION "credential_decided_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."verifiedAt" IS NOT NULL OR OLD."returnedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'Credential % is verified or returned and cannot change or be deleted', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF (NEW."id", NEW."organizationId", NEW."apprenticeId", NEW."kind", NEW."earnedOn", NEW."evidenceFileId",
      NEW."enteredById", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."organizationId", OLD."apprenticeId", OLD."kind", OLD."earnedOn", OLD."evidenceFileId",
      OLD."enteredById", OLD."createdAt")
  THEN
    RAISE EXCEPTION 'Credential % cannot change: AAMI verifies it or returns it', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Credential_decided_is_final"
  BEFORE UPDATE OR DELETE ON "Credential"
  FOR EACH ROW EXECUTE FUNCTION "credential_decided_is_final"();
