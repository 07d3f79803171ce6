-- CreateTable
CREATE TABLE "WageRaise" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "wageCents" INTEGER NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WageRaise_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WageRaise_organizationId_idx" ON "WageRaise"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "WageRaise_apprenticeId_step_key" ON "WageRaise"("apprenticeId", "step");

-- AddForeignKey
ALTER TABLE "WageRaise" ADD CONSTRAINT "WageRaise_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageRaise" ADD CONSTRAINT "WageRaise_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "WageRaise" ADD CONSTRAINT "WageRaise_step_positive" CHECK ("step" > 0 AND "wageCents" > 0);

-- A raise given is what the apprentice was paid from that day: it never changes and is never deleted.
CREATE FUNCTION "wage_raise_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Wage raise % is a record and cannot change or be deleted', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "WageRaise_is_final"
  BEFORE UPDATE OR DELETE ON "WageRaise"
  FOR EACH ROW EXECUTE FUNCTION "wage_raise_is_final"();
