-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('MENTOR_DIGEST', 'APPRENTICE_NUDGE', 'RAISES_DIGEST', 'RAISE_SOON', 'RAISE_DUE');

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_kind_subjectKey_period_key" ON "Reminder"("kind", "subjectKey", "period");

