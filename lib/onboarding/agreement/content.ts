import "server-only";
import type { StepKey } from "@prisma/client";
import { registrationAgencyFor } from "@/lib/agencies/data";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { buildAgreementPdf, type AgreementContent } from "@/lib/pdf/agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { sha256Hex } from "@/lib/storage/hash";
import { getWageSchedule } from "@/lib/onboarding/wages/data";

/** The steps whose data the agreement contains: changing any of them after signing voids the signature. */
export const AGREEMENT_CONTENT_STEPS: Record<StepKey, string | null> = {
  INTENT: null,
  STANDARDS: null,
  POSITION: "the positions (step 3)",
  FUNDING: "the related-instruction funding plan (step 4)",
  MENTOR: "the mentors or journeyworkers (step 5)",
  AGREEMENT: "the wage schedule (step 6)",
  SUBMIT: null,
  APPRENTICES: null,
};

/** Everything the agreement says about the organization, in a stable order. */
export async function loadAgreementContent(organizationId: string, tx: Tx = db): Promise<AgreementContent> {
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    include: {
      positions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      mentors: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      fundingPlan: true,
    },
  });
  const f = org.fundingPlan;
  return {
    organization: {
      legalName: org.legalName,
      dbaName: org.dbaName,
      ein: org.ein,
      address: [org.addressLine1, org.addressLine2, `${org.city}, ${org.state} ${org.postalCode}`]
        .filter(Boolean)
        .join(", "),
      county: org.county,
      state: org.state,
      contactName: org.contactName,
      contactEmail: org.contactEmail,
      contactPhone: org.contactPhone,
    },
    positions: org.positions.map((p) => ({
      title: p.title,
      department: p.department,
      type: p.type,
      siteAddress: p.siteAddress,
      expectedStartDate: p.expectedStartDate?.toISOString().slice(0, 10) ?? null,
      openings: p.openings,
    })),
    funding: f
      ? {
          providerName: f.providerName,
          providerType: f.providerType,
          delivery: f.delivery,
          providerContact: f.providerContact,
          hoursPerYear: f.hoursPerYear,
          costPerApprenticeCents: f.costPerApprenticeCents,
          sources: f.sources,
          otherSourceText: f.otherSourceText,
          instructionTimePaid: f.instructionTimePaid,
        }
      : null,
    mentors: org.mentors.map((m) => ({
      name: m.name,
      title: m.title,
      email: m.email,
      phone: m.phone,
      credentials: m.credentials,
      yearsExperience: m.yearsExperience,
    })),
    journeyworkerCount: org.journeyworkerCount,
    wageSchedule: await getWageSchedule(organizationId, tx),
  };
}

/** A hash of what the agreement says: equal fingerprints mean a signature still covers the current data. */
export const agreementFingerprint = (content: AgreementContent) =>
  sha256Hex(new TextEncoder().encode(JSON.stringify(content)));

/**
 * The unsigned agreement as the organization's data stands, with its SHA-256, and the Registration Agency it names
 * (the one for the organization's state now), which signing passes on to the signed copy.
 */
export async function buildUnsignedAgreement(organizationId: string, tx: Tx = db) {
  const content = await loadAgreementContent(organizationId, tx);
  const registrationAgency = await registrationAgencyFor(content.organization.state, tx);
  const bytes = await buildAgreementPdf(content, registrationAgency, pdfFontFiles());
  return { content, registrationAgency, bytes, sha256: sha256Hex(bytes), fingerprint: agreementFingerprint(content) };
}
