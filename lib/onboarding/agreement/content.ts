import "server-only";
import type { StepKey } from "@prisma/client";
import { registrationAgencyFor } from "@/lib/agencies/data";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { buildAgreementPdf, type AgreementContent } from "@/lib/pdf/agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { LruCache } from "@/lib/lru";
import { canonicalJsonSha256, sha256Hex } from "@/lib/storage/hash";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import { getCurrentStandards } from "@/lib/program/standards/data";

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
      fundingPlan: { include: { rtiProvider: { select: { name: true, providerType: true, contact: true } } } },
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
    // The provider as its record reads now, in the keys the agreement always had: submission snapshots taken before
    // providers were records stay readable as they are, and an unchanged plan keeps its fingerprint.
    funding: f
      ? {
          providerName: f.rtiProvider.name,
          providerType: f.rtiProvider.providerType,
          delivery: f.delivery,
          providerContact: f.rtiProvider.contact ?? "",
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
 * Unsigned agreements already built, by a hash of everything the builder is given: step 6 shows the document's
 * SHA-256 on every view and signing checks it, and the builder is deterministic, so the same inputs are the same
 * bytes. Any change to the content, the standards or the agency is a new key, so a new document and hash.
 */
const unsignedAgreements = new LruCache<string, Promise<{ bytes: Uint8Array; sha256: string }>>(100);

/**
 * What the unsigned agreement is built from, as the organization's data stands: its content, the current standards
 * (the version it records when signed) and the Registration Agency for the organization's state now (which signing
 * passes on to the signed copy), with one hash over all three: equal hashes, equal documents.
 */
export async function loadUnsignedAgreementInputs(organizationId: string, tx: Tx = db) {
  const [content, standards] = await Promise.all([
    loadAgreementContent(organizationId, tx),
    getCurrentStandards(tx === db ? undefined : tx),
  ]);
  const registrationAgency = await registrationAgencyFor(content.organization.state, tx);
  return {
    content,
    standards,
    registrationAgency,
    inputsSha256: canonicalJsonSha256({ content, standards, registrationAgency }),
  };
}

/** The unsigned agreement as the organization's data stands, and its SHA-256 (built and hashed once per distinct input). */
export async function buildUnsignedAgreement(organizationId: string, tx: Tx = db) {
  const inputs = await loadUnsignedAgreementInputs(organizationId, tx);
  const { content, standards, registrationAgency } = inputs;
  const { bytes, sha256 } = await unsignedAgreements.getOrSet(inputs.inputsSha256, async () => {
    const built = await buildAgreementPdf(content, standards, registrationAgency, pdfFontFiles());
    return { bytes: built, sha256: sha256Hex(built) };
  });
  return { ...inputs, bytes, sha256, fingerprint: agreementFingerprint(content) };
}
