import "server-only";
import type { ApprenticeAgreement } from "@prisma/client";
import { registrationAgencyFor } from "@/lib/agencies/data";
import { ageOn } from "@/lib/apprentices/enrollment/schemas";
import { AppError } from "@/lib/errors";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import { buildApprenticeAgreementPdf, type ApprenticeAgreementInput } from "@/lib/pdf/apprentice-agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import type { Tx } from "@/lib/prisma-client";
import { PROGRAM } from "@/lib/program";
import { getStandardsVersion } from "@/lib/program/standards/data";
import { skillSetTitle } from "@/lib/program/standards/model";
import { sha256Hex, storeFile } from "@/lib/storage";

// The apprenticeship agreement of one apprentice as a PDF: read from the enrollment, the organization's funding
// plan, wage schedule and mentor, the agreement row's signatures, and the standards version the row records (never
// the current one: a version published between the employer's and the apprentice's signatures changes nothing in
// it), with the Registration Agency of the employer's state as it stands (a staff correction of the agency's contact
// between the two signatures shows in the apprentice's copy, as it would on paper re-issued by AAMI). The row's createdAt is the document's date, so the same row always rebuilds the same unsigned bytes (whose
// SHA-256 is kept as what the parties signed).

/** Under 18 on the start date: a parent or guardian signs too. */
export const needsGuardian = (a: { dateOfBirth: Date; startDate: Date }) =>
  ageOn(a.dateOfBirth, a.startDate) < PROGRAM.adultAge;

type Signatures = Pick<
  ApprenticeAgreement,
  | "id"
  | "createdAt"
  | "standardsVersionId"
  | "employerSignerName"
  | "employerSignerTitle"
  | "employerSignedAt"
  | "apprenticeSignerName"
  | "apprenticeSignedAt"
  | "guardianSignerName"
  | "guardianRelationship"
  | "guardianSignedAt"
>;

async function agreementInput(tx: Tx, apprenticeId: string, row: Signatures): Promise<ApprenticeAgreementInput> {
  const a = await tx.apprentice.findUniqueOrThrow({
    where: { id: apprenticeId },
    include: {
      skillCredits: { orderBy: { createdAt: "asc" } },
      rtiProvider: { select: { name: true } },
      organization: {
        include: { fundingPlan: true, mentors: { orderBy: { createdAt: "asc" }, take: 1 } },
      },
    },
  });
  const org = a.organization;
  const [schedule, standards, registrationAgency] = await Promise.all([
    getWageSchedule(org.id, tx),
    getStandardsVersion(row.standardsVersionId, tx),
    registrationAgencyFor(org.state, tx),
  ]);
  if (!schedule || !org.fundingPlan) {
    throw new AppError("CONFLICT", "Your organization's wage schedule or funding plan is missing. Contact AAMI.");
  }
  const signed = <T>(at: Date | null, value: (at: Date) => T) => (at ? value(at) : null);
  return {
    agreementId: row.id,
    standards,
    registrationAgency,
    generatedAt: row.createdAt,
    employer: {
      legalName: org.legalName,
      dbaName: org.dbaName,
      address: [org.addressLine1, org.addressLine2, `${org.city}, ${org.state} ${org.postalCode}`]
        .filter(Boolean)
        .join(", "),
      contactName: org.contactName,
      contactPhone: org.contactPhone,
    },
    apprentice: {
      firstName: a.firstName,
      middleName: a.middleName,
      lastName: a.lastName,
      suffix: a.suffix,
      dateOfBirth: a.dateOfBirth,
      startDate: a.startDate,
      streetAddress: a.streetAddress,
      city: a.city,
      state: a.state,
      postalCode: a.postalCode,
      email: a.email ?? "",
      phone: a.phone,
      ssnLast4: a.ssnLast4,
      employmentStatus: a.employmentStatus,
    },
    relatedInstruction: {
      provider: a.rtiProvider.name,
      hoursPerYear: org.fundingPlan.hoursPerYear,
      instructionTimePaid: org.fundingPlan.instructionTimePaid,
    },
    credit: {
      skillSets: a.skillCredits.map((c) => ({
        key: c.skillSetKey,
        title: skillSetTitle(standards, c.skillSetKey),
        hours: c.creditedHours,
      })),
      creditedOjtHours: a.creditedOjtHours,
      previousTrainingHours: a.creditPreviousTrainingHours,
    },
    wageSchedule: schedule,
    startingWageStep: a.startingWageStep,
    mentorName: org.mentors[0]?.name ?? null,
    guardianRequired: needsGuardian(a),
    signatures: {
      employer: signed(row.employerSignedAt, (signedAt) => ({
        name: row.employerSignerName ?? "",
        title: row.employerSignerTitle ?? "",
        signedAt,
      })),
      apprentice: signed(row.apprenticeSignedAt, (signedAt) => ({ name: row.apprenticeSignerName ?? "", signedAt })),
      guardian: signed(row.guardianSignedAt, (signedAt) => ({
        name: row.guardianSignerName ?? "",
        relationship: row.guardianRelationship ?? "",
        signedAt,
      })),
    },
  };
}

const UNSIGNED = {
  employerSignerName: null,
  employerSignerTitle: null,
  employerSignedAt: null,
  apprenticeSignerName: null,
  apprenticeSignedAt: null,
  guardianSignerName: null,
  guardianRelationship: null,
  guardianSignedAt: null,
};

/** The SHA-256 of the agreement's text before anyone signs: what every signature on it refers to. */
export async function unsignedAgreementSha256(
  tx: Tx,
  apprenticeId: string,
  row: Pick<Signatures, "id" | "createdAt" | "standardsVersionId">,
) {
  const input = await agreementInput(tx, apprenticeId, { ...row, ...UNSIGNED });
  return sha256Hex(await buildApprenticeAgreementPdf(input, pdfFontFiles()));
}

/** Builds the agreement with the signatures it has so far and stores it; returns the stored file's id. */
export async function storeAgreementPdf(tx: Tx, apprenticeId: string, organizationId: string, row: Signatures) {
  const input = await agreementInput(tx, apprenticeId, row);
  const bytes = await buildApprenticeAgreementPdf(input, pdfFontFiles());
  const slug = `${input.apprentice.lastName}-${input.apprentice.firstName}`.replace(/[^A-Za-z0-9]+/g, "-");
  const file = await storeFile(tx, {
    organizationId,
    filename: `Apprenticeship-agreement-${slug}.pdf`,
    contentType: "application/pdf",
    bytes,
  });
  return file.id;
}
