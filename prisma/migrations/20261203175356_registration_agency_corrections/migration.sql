-- CreateEnum
CREATE TYPE "RegistrationAgencyKind" AS ENUM ('OA', 'SAA');

-- CreateTable
CREATE TABLE "RegistrationAgencyCorrection" (
    "id" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "kind" "RegistrationAgencyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "office" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "source" TEXT NOT NULL,
    "checkedOn" DATE NOT NULL,
    "rowVersion" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegistrationAgencyCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationAgencyCorrection_state_key" ON "RegistrationAgencyCorrection"("state");
