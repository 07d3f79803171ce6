-- CreateEnum
CREATE TYPE "OrgRole" AS ENUM ('OWNER', 'ADMIN', 'MEMBER');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('STAFF_REVIEWER', 'STAFF_ADMIN');

-- CreateEnum
CREATE TYPE "StepKey" AS ENUM ('INTENT', 'STANDARDS', 'POSITION', 'FUNDING', 'MENTOR', 'AGREEMENT', 'SUBMIT', 'APPRENTICES');

-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "StorageBackend" AS ENUM ('DATABASE', 'DISK', 'S3');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('NATIONAL_STANDARDS', 'TRAINING_OBJECTIVES');

-- CreateEnum
CREATE TYPE "PositionType" AS ENUM ('NEW_POSITION', 'EXISTING_VACANCY', 'INCUMBENT');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('OPERATING_BUDGET', 'STATE_GRANT', 'FEDERAL_GRANT', 'OTHER');

-- CreateEnum
CREATE TYPE "InstructionDelivery" AS ENUM ('ONLINE', 'IN_PERSON', 'HYBRID');

-- CreateEnum
CREATE TYPE "WageStepBasis" AS ENUM ('MONTHS', 'HOURS', 'COMPETENCIES');

-- CreateEnum
CREATE TYPE "WageAmountKind" AS ENUM ('DOLLARS', 'PERCENT');

-- CreateEnum
CREATE TYPE "SignatureMethod" AS ENUM ('ELECTRONIC', 'WET_UPLOAD');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('SIGNED', 'VOIDED');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'REGISTERED');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('CLAIM', 'REQUEST_CHANGES', 'APPROVE', 'REJECT', 'REGISTER', 'RESUBMIT');

-- CreateEnum
CREATE TYPE "ApprenticeStatus" AS ENUM ('DRAFT', 'PENDING_SIGNATURES', 'PENDING_REGISTRATION', 'REGISTERED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "EmploymentStatus" AS ENUM ('NEW_EMPLOYEE', 'EXISTING_EMPLOYEE');

-- CreateEnum
CREATE TYPE "CandidateSituation" AS ENUM ('STUDENT', 'EMPLOYED', 'UNEMPLOYED', 'SERVICE_MEMBER', 'VETERAN');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('SOME_HIGH_SCHOOL', 'HIGH_SCHOOL', 'SOME_COLLEGE', 'ASSOCIATE', 'BACHELOR', 'GRADUATE', 'MILITARY_TRAINING');

-- CreateEnum
CREATE TYPE "CandidateStatus" AS ENUM ('NEW', 'CONTACTED', 'HIRED', 'NOT_A_FIT');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "staffRole" "StaffRole",
    "activeOrganizationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "legalNameKey" TEXT NOT NULL,
    "dbaName" TEXT,
    "ein" TEXT,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "city" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "apprenticesWanted" INTEGER,
    "heardAbout" TEXT,
    "journeyworkerCount" INTEGER,
    "hiringAttestedAt" TIMESTAMP(3),
    "hiringAttestedById" TEXT,
    "dolProgramNumber" TEXT,
    "registeredAt" TIMESTAMP(3),
    "listingOptIn" BOOLEAN NOT NULL DEFAULT false,
    "listingDisplayName" TEXT,
    "listingCity" TEXT,
    "listingState" TEXT,
    "listingLogoFileId" TEXT,
    "listingHiddenByStaff" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "OrgRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnboardingStep" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "step" "StepKey" NOT NULL,
    "status" "StepStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "completedById" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnboardingStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "backend" "StorageBackend" NOT NULL DEFAULT 'DATABASE',
    "data" BYTEA,
    "objectKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramDocument" (
    "id" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandardsAcknowledgement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "documentVersion" INTEGER NOT NULL,
    "documentSha256" TEXT NOT NULL,
    "typedName" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandardsAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "type" "PositionType" NOT NULL,
    "title" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "siteAddress" TEXT NOT NULL,
    "expectedStartDate" DATE,
    "openings" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingPlan" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "providerName" TEXT NOT NULL,
    "providerType" TEXT NOT NULL,
    "delivery" "InstructionDelivery" NOT NULL,
    "providerContact" TEXT NOT NULL,
    "hoursPerYear" INTEGER NOT NULL,
    "costPerApprenticeCents" INTEGER NOT NULL,
    "sources" "FundingSource"[],
    "otherSourceText" TEXT,
    "instructionTimePaid" BOOLEAN NOT NULL,
    "employerPaysAttestedAt" TIMESTAMP(3) NOT NULL,
    "attestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mentor" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "credentials" TEXT[],
    "yearsExperience" INTEGER NOT NULL,
    "notifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mentor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WageSchedule" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "journeyworkerRateCents" INTEGER NOT NULL,
    "entryWageCents" INTEGER NOT NULL,
    "basis" "WageStepBasis" NOT NULL,
    "termLength" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WageSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WageStep" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "wageScheduleId" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "threshold" INTEGER NOT NULL,
    "label" TEXT,
    "amountKind" "WageAmountKind" NOT NULL,
    "amountValue" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WageStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerAgreement" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'SIGNED',
    "method" "SignatureMethod" NOT NULL,
    "unsignedSha256" TEXT NOT NULL,
    "contentFingerprint" TEXT NOT NULL,
    "signedFileId" TEXT NOT NULL,
    "signedSha256" TEXT NOT NULL,
    "signerUserId" TEXT,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "signerEmail" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "signerIp" TEXT,
    "signerUserAgent" TEXT,
    "consentToEsign" BOOLEAN NOT NULL DEFAULT false,
    "voidedAt" TIMESTAMP(3),
    "voidedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmployerAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Submission" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "rowVersion" INTEGER NOT NULL DEFAULT 0,
    "snapshot" JSONB NOT NULL,
    "agreementId" TEXT,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedReviewerId" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "dolProgramNumber" TEXT,
    "registeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "fromStatus" "SubmissionStatus" NOT NULL,
    "toStatus" "SubmissionStatus" NOT NULL,
    "actorId" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "decisionId" TEXT,
    "step" "StepKey" NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationPacket" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "fileId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "builtById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegistrationPacket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Apprentice" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "positionId" TEXT,
    "candidateId" TEXT,
    "status" "ApprenticeStatus" NOT NULL DEFAULT 'DRAFT',
    "startDate" DATE NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "lastName" TEXT NOT NULL,
    "suffix" TEXT,
    "ssnEncrypted" TEXT,
    "ssnLast4" TEXT,
    "dateOfBirth" DATE NOT NULL,
    "employmentStatus" "EmploymentStatus" NOT NULL,
    "streetAddress" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "rtiProvider" TEXT NOT NULL,
    "creditPreviousExperience" TEXT NOT NULL DEFAULT '0',
    "creditPreviousTrainingHours" INTEGER NOT NULL DEFAULT 0,
    "priorWageCents" INTEGER NOT NULL,
    "priorWageUnit" TEXT NOT NULL,
    "entryWageCents" INTEGER NOT NULL,
    "entryWageUnit" TEXT NOT NULL,
    "startingWageStep" INTEGER NOT NULL DEFAULT 0,
    "creditedOjtHours" INTEGER NOT NULL DEFAULT 0,
    "careerLatticeLevels" TEXT,
    "careerConnection" TEXT,
    "wioaParticipant" BOOLEAN NOT NULL DEFAULT false,
    "taaParticipant" BOOLEAN NOT NULL DEFAULT false,
    "apprenticeType" TEXT,
    "careerLinkageOrDirectEntry" TEXT,
    "ojtFundingSources" TEXT,
    "studentStatus" TEXT NOT NULL,
    "rapidsApprenticeId" TEXT,
    "registeredAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Apprentice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprenticeDemographics" (
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApprenticeDemographics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprenticeSkillCredit" (
    "id" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "skillSetKey" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "creditedHours" INTEGER NOT NULL,
    "adjustedByStaffId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApprenticeSkillCredit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprenticeAgreement" (
    "id" TEXT NOT NULL,
    "apprenticeId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "fileId" TEXT,
    "signingTokenHash" TEXT,
    "employerSignerName" TEXT,
    "employerSignedAt" TIMESTAMP(3),
    "apprenticeSignerName" TEXT,
    "apprenticeSignedAt" TIMESTAMP(3),
    "guardianSignerName" TEXT,
    "guardianSignedAt" TIMESTAMP(3),
    "evidence" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApprenticeAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "willingToRelocate" BOOLEAN NOT NULL DEFAULT false,
    "statesOfInterest" TEXT[],
    "regionsOfInterest" TEXT[],
    "educationLevel" "EducationLevel" NOT NULL,
    "situation" "CandidateSituation" NOT NULL,
    "experienceTags" TEXT[],
    "experienceNotes" TEXT,
    "heardAbout" TEXT,
    "consentToShare" BOOLEAN NOT NULL,
    "consentAt" TIMESTAMP(3),
    "status" "CandidateStatus" NOT NULL DEFAULT 'NEW',
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateDemographics" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "sex" TEXT,
    "ethnicity" TEXT,
    "races" TEXT[],
    "veteranStatus" TEXT,
    "disability" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateDemographics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateEvent" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateView" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateInterest" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateInterest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateTally" (
    "id" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "deleted" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "actorId" TEXT,
    "kind" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "organizationId" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppSetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_staffRole_idx" ON "User"("staffRole");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_ein_key" ON "Organization"("ein");

-- CreateIndex
CREATE INDEX "Organization_state_idx" ON "Organization"("state");

-- CreateIndex
CREATE INDEX "Organization_region_idx" ON "Organization"("region");

-- CreateIndex
CREATE INDEX "Organization_createdAt_idx" ON "Organization"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_legalNameKey_state_key" ON "Organization"("legalNameKey", "state");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE INDEX "OnboardingStep_step_status_idx" ON "OnboardingStep"("step", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OnboardingStep_organizationId_step_key" ON "OnboardingStep"("organizationId", "step");

-- CreateIndex
CREATE INDEX "StoredFile_organizationId_idx" ON "StoredFile"("organizationId");

-- CreateIndex
CREATE INDEX "StoredFile_sha256_idx" ON "StoredFile"("sha256");

-- CreateIndex
CREATE INDEX "ProgramDocument_kind_publishedAt_idx" ON "ProgramDocument"("kind", "publishedAt");

-- CreateIndex
CREATE INDEX "ProgramDocument_fileId_idx" ON "ProgramDocument"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramDocument_kind_version_key" ON "ProgramDocument"("kind", "version");

-- CreateIndex
CREATE INDEX "StandardsAcknowledgement_organizationId_acknowledgedAt_idx" ON "StandardsAcknowledgement"("organizationId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "StandardsAcknowledgement_documentId_idx" ON "StandardsAcknowledgement"("documentId");

-- CreateIndex
CREATE INDEX "StandardsAcknowledgement_userId_idx" ON "StandardsAcknowledgement"("userId");

-- CreateIndex
CREATE INDEX "Position_organizationId_idx" ON "Position"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingPlan_organizationId_key" ON "FundingPlan"("organizationId");

-- CreateIndex
CREATE INDEX "Mentor_organizationId_idx" ON "Mentor"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "WageSchedule_organizationId_key" ON "WageSchedule"("organizationId");

-- CreateIndex
CREATE INDEX "WageStep_organizationId_idx" ON "WageStep"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "WageStep_wageScheduleId_ordinal_key" ON "WageStep"("wageScheduleId", "ordinal");

-- CreateIndex
CREATE INDEX "EmployerAgreement_signedFileId_idx" ON "EmployerAgreement"("signedFileId");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerAgreement_organizationId_version_key" ON "EmployerAgreement"("organizationId", "version");

-- CreateIndex
CREATE INDEX "Submission_status_submittedAt_idx" ON "Submission"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Submission_assignedReviewerId_idx" ON "Submission"("assignedReviewerId");

-- CreateIndex
CREATE INDEX "Submission_agreementId_idx" ON "Submission"("agreementId");

-- CreateIndex
CREATE INDEX "Submission_submittedAt_idx" ON "Submission"("submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_organizationId_version_key" ON "Submission"("organizationId", "version");

-- CreateIndex
CREATE INDEX "ReviewDecision_submissionId_createdAt_idx" ON "ReviewDecision"("submissionId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewDecision_organizationId_idx" ON "ReviewDecision"("organizationId");

-- CreateIndex
CREATE INDEX "ReviewDecision_actorId_idx" ON "ReviewDecision"("actorId");

-- CreateIndex
CREATE INDEX "ReviewComment_submissionId_idx" ON "ReviewComment"("submissionId");

-- CreateIndex
CREATE INDEX "ReviewComment_organizationId_resolvedAt_idx" ON "ReviewComment"("organizationId", "resolvedAt");

-- CreateIndex
CREATE INDEX "ReviewComment_decisionId_idx" ON "ReviewComment"("decisionId");

-- CreateIndex
CREATE INDEX "RegistrationPacket_submissionId_idx" ON "RegistrationPacket"("submissionId");

-- CreateIndex
CREATE INDEX "RegistrationPacket_fileId_idx" ON "RegistrationPacket"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationPacket_organizationId_version_key" ON "RegistrationPacket"("organizationId", "version");

-- CreateIndex
CREATE INDEX "Apprentice_organizationId_status_idx" ON "Apprentice"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Apprentice_positionId_idx" ON "Apprentice"("positionId");

-- CreateIndex
CREATE INDEX "Apprentice_candidateId_idx" ON "Apprentice"("candidateId");

-- CreateIndex
CREATE INDEX "Apprentice_status_idx" ON "Apprentice"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ApprenticeDemographics_apprenticeId_key" ON "ApprenticeDemographics"("apprenticeId");

-- CreateIndex
CREATE INDEX "ApprenticeDemographics_organizationId_idx" ON "ApprenticeDemographics"("organizationId");

-- CreateIndex
CREATE INDEX "ApprenticeSkillCredit_organizationId_idx" ON "ApprenticeSkillCredit"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ApprenticeSkillCredit_apprenticeId_skillSetKey_key" ON "ApprenticeSkillCredit"("apprenticeId", "skillSetKey");

-- CreateIndex
CREATE UNIQUE INDEX "ApprenticeAgreement_signingTokenHash_key" ON "ApprenticeAgreement"("signingTokenHash");

-- CreateIndex
CREATE INDEX "ApprenticeAgreement_apprenticeId_idx" ON "ApprenticeAgreement"("apprenticeId");

-- CreateIndex
CREATE INDEX "ApprenticeAgreement_organizationId_idx" ON "ApprenticeAgreement"("organizationId");

-- CreateIndex
CREATE INDEX "ApprenticeAgreement_fileId_idx" ON "ApprenticeAgreement"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_email_key" ON "Candidate"("email");

-- CreateIndex
CREATE INDEX "Candidate_region_withdrawnAt_idx" ON "Candidate"("region", "withdrawnAt");

-- CreateIndex
CREATE INDEX "Candidate_state_idx" ON "Candidate"("state");

-- CreateIndex
CREATE INDEX "Candidate_situation_idx" ON "Candidate"("situation");

-- CreateIndex
CREATE INDEX "Candidate_createdAt_idx" ON "Candidate"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateDemographics_candidateId_key" ON "CandidateDemographics"("candidateId");

-- CreateIndex
CREATE INDEX "CandidateEvent_candidateId_createdAt_idx" ON "CandidateEvent"("candidateId", "createdAt");

-- CreateIndex
CREATE INDEX "CandidateView_candidateId_idx" ON "CandidateView"("candidateId");

-- CreateIndex
CREATE INDEX "CandidateView_organizationId_createdAt_idx" ON "CandidateView"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "CandidateInterest_organizationId_idx" ON "CandidateInterest"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateInterest_candidateId_organizationId_key" ON "CandidateInterest"("candidateId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateTally_region_month_key" ON "CandidateTally"("region", "month");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_idx" ON "AuditEvent"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_kind_createdAt_idx" ON "AuditEvent"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "MailMessage_status_nextAttemptAt_idx" ON "MailMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MailMessage_to_createdAt_idx" ON "MailMessage"("to", "createdAt");

-- CreateIndex
CREATE INDEX "MailMessage_organizationId_idx" ON "MailMessage"("organizationId");

-- CreateIndex
CREATE INDEX "RateLimit_windowStart_idx" ON "RateLimit"("windowStart");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnboardingStep" ADD CONSTRAINT "OnboardingStep_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDocument" ADD CONSTRAINT "ProgramDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardsAcknowledgement" ADD CONSTRAINT "StandardsAcknowledgement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardsAcknowledgement" ADD CONSTRAINT "StandardsAcknowledgement_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ProgramDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mentor" ADD CONSTRAINT "Mentor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageSchedule" ADD CONSTRAINT "WageSchedule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WageStep" ADD CONSTRAINT "WageStep_wageScheduleId_fkey" FOREIGN KEY ("wageScheduleId") REFERENCES "WageSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerAgreement" ADD CONSTRAINT "EmployerAgreement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerAgreement" ADD CONSTRAINT "EmployerAgreement_signedFileId_fkey" FOREIGN KEY ("signedFileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "EmployerAgreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "ReviewDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationPacket" ADD CONSTRAINT "RegistrationPacket_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationPacket" ADD CONSTRAINT "RegistrationPacket_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationPacket" ADD CONSTRAINT "RegistrationPacket_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apprentice" ADD CONSTRAINT "Apprentice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apprentice" ADD CONSTRAINT "Apprentice_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apprentice" ADD CONSTRAINT "Apprentice_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprenticeDemographics" ADD CONSTRAINT "ApprenticeDemographics_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprenticeSkillCredit" ADD CONSTRAINT "ApprenticeSkillCredit_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprenticeAgreement" ADD CONSTRAINT "ApprenticeAgreement_apprenticeId_fkey" FOREIGN KEY ("apprenticeId") REFERENCES "Apprentice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprenticeAgreement" ADD CONSTRAINT "ApprenticeAgreement_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateDemographics" ADD CONSTRAINT "CandidateDemographics_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateEvent" ADD CONSTRAINT "CandidateEvent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateView" ADD CONSTRAINT "CandidateView_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateView" ADD CONSTRAINT "CandidateView_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateInterest" ADD CONSTRAINT "CandidateInterest_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateInterest" ADD CONSTRAINT "CandidateInterest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
