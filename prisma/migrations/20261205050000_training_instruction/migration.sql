-- CreateTable
CREATE TABLE "InstructionCourse" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "completedOn" DATE NOT NULL,
    "enteredById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstructionCourse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InstructionCourse_organizationId_idx" ON "InstructionCourse"("organizationId");

-- CreateIndex
CREATE INDEX "InstructionCourse_apprenticeId_completedOn_idx" ON "InstructionCourse"("apprenticeId", "completedOn");

-- AddForeignKey
ALTER TABLE "InstructionCourse" ADD CONSTRAINT "InstructionCourse_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstructionCourse" ADD CONSTRAINT "InstructionCourse_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "InstructionCourse" ADD CONSTRAINT "InstructionCourse_minutes_positive" CHECK ("minutes" > 0);

-- A confirmed course is what the apprenticeship year's instruction hours are counted from: it never changes and is
-- never deleted.
CREATE FUNCTION "instruction_course_confirmed_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."confirmedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'Instruction course % is confirmed and cannot change or be deleted', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "InstructionCourse_confirmed_is_final"
  BEFORE UPDATE OR DELETE ON "InstructionCourse"
  FOR EACH ROW EXECUTE FUNCTION "instruction_course_confirmed_is_final"();
