import { randomBytes } from "node:crypto";
import type { Apprentice } from "@prisma/client";
import { buildApprenticeAgreementPdf } from "@/lib/pdf/apprentice-agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import type { Db } from "@/lib/prisma-client";
import { SAMPLE_APPRENTICE_AGREEMENT, SAMPLE_APPRENTICE_SIGNATURES } from "./agreement-fixtures";
import { storeSignedAgreement } from "./apprentices";
import { reviewedOrganization } from "./submission";

// Integration tests of AAMI's registration of apprentices: organizations the Registration Agency accepted (through
// the real review actions, so packets have an approved submission to be built from) and signed agreements.

/** An organization taken through review to ACCEPTED today (claimed by `reviewerId`), its owner still signed in. */
export const acceptedOrganization = (reviewerId: string) => reviewedOrganization(reviewerId, "ACCEPTED");

/**
 * The apprentice's agreement as the signing flow leaves it: the PDF signed by the employer and the apprentice,
 * stored, with a signing token that is still live.
 */
export async function signedAgreement(db: Db, a: Apprentice, signedAt = new Date("2027-01-10T15:00:00Z")) {
  // The employer signs first, the day before the apprentice.
  const employer = { ...SAMPLE_APPRENTICE_SIGNATURES.employer!, signedAt: new Date(signedAt.getTime() - 86_400_000) };
  const bytes = await buildApprenticeAgreementPdf(
    {
      ...SAMPLE_APPRENTICE_AGREEMENT,
      agreementId: `apa_${a.id}`,
      apprentice: {
        ...SAMPLE_APPRENTICE_AGREEMENT.apprentice,
        firstName: a.firstName,
        middleName: null,
        lastName: a.lastName,
        suffix: null,
        dateOfBirth: a.dateOfBirth,
        startDate: a.startDate,
        ssnLast4: a.ssnLast4,
      },
      guardianRequired: false,
      signatures: {
        employer,
        apprentice: { name: `${a.firstName} ${a.lastName}`, signedAt },
        guardian: null,
      },
    },
    pdfFontFiles(),
  );
  return storeSignedAgreement(db, a, bytes, {
    employer,
    apprenticeSignedAt: signedAt,
    signingTokenHash: randomBytes(32).toString("hex"),
  });
}
