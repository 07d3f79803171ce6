import "server-only";
import type { Organization, StepKey } from "@prisma/client";
import { registrationAgencyFor } from "@/lib/agencies/data";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { buildAgreementPdf, type AgreementContent } from "@/lib/pdf/agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { LruCache } from "@/lib/lru";
import { canonicalJsonSha256, sha256Hex } from "@/lib/storage/hash";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import { getCurrentStandards } from "@/lib/program/standards/data";
import type { ProgramStandards } from "@/lib/program/standards/model";

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

/** What the statement below returns: the organization's columns as stored, and its lists as the agreement has them. */
type ContentRow = Pick<
  Organization,
  | "legalName"
  | "dbaName"
  | "ein"
  | "addressLine1"
  | "addressLine2"
  | "city"
  | "state"
  | "postalCode"
  | "county"
  | "contactName"
  | "contactEmail"
  | "contactPhone"
  | "journeyworkerCount"
> &
  Pick<AgreementContent, "positions" | "mentors"> & {
    // The provider's contact as stored (it may be empty); the agreement prints "" for none.
    funding:
      (Omit<NonNullable<AgreementContent["funding"]>, "providerContact"> & { providerContact: string | null }) | null;
  };

/**
 * Everything the agreement says about the organization, in a stable order. The organization, its positions,
 * mentors and funding plan with its provider are one statement (one snapshot, one round trip): step 6 reads this on
 * every view to find its unsigned document. The objects are built here key by key, as the fingerprint
 * (JSON.stringify) depends on their order; dates are days, as the agreement prints them.
 */
export async function loadAgreementContent(organizationId: string, tx: Tx = db): Promise<AgreementContent> {
  const [[org], wageSchedule] = await Promise.all([
    tx.$queryRaw<ContentRow[]>`
      SELECT o."legalName", o."dbaName", o.ein, o."addressLine1", o."addressLine2", o.city, o.state, o."postalCode",
             o.county, o."contactName", o."contactEmail", o."contactPhone", o."journeyworkerCount",
             COALESCE((SELECT json_agg(json_build_object('title', p.title, 'department', p.department, 'type', p.type,
                                                         'siteAddress', p."siteAddress",
                                                         'expectedStartDate', to_char(p."expectedStartDate", 'YYYY-MM-DD'),
                                                         'openings', p.openings) ORDER BY p."createdAt", p.id)
                         FROM "Position" p WHERE p."organizationId" = o.id), '[]'::json) AS positions,
             COALESCE((SELECT json_agg(json_build_object('name', m.name, 'title', m.title, 'email', m.email,
                                                         'phone', m.phone, 'credentials', m.credentials,
                                                         'yearsExperience', m."yearsExperience")
                                       ORDER BY m."createdAt", m.id)
                         FROM "Mentor" m WHERE m."organizationId" = o.id), '[]'::json) AS mentors,
             (SELECT json_build_object('providerName', r.name, 'providerType', r."providerType",
                                       'providerContact', r.contact, 'delivery', f.delivery,
                                       'hoursPerYear', f."hoursPerYear",
                                       'costPerApprenticeCents', f."costPerApprenticeCents", 'sources', f.sources,
                                       'otherSourceText', f."otherSourceText",
                                       'instructionTimePaid', f."instructionTimePaid")
                FROM "FundingPlan" f JOIN "RtiProvider" r ON r.id = f."rtiProviderId"
               WHERE f."organizationId" = o.id) AS funding
        FROM "Organization" o
       WHERE o.id = ${organizationId}`,
    getWageSchedule(organizationId, tx),
  ]);
  if (!org) throw notFound();
  const f = org.funding;
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
      expectedStartDate: p.expectedStartDate,
      openings: p.openings,
    })),
    // The provider as its record reads now, in the keys the agreement always had: submission snapshots taken before
    // providers were records stay readable as they are, and an unchanged plan keeps its fingerprint.
    funding: f
      ? {
          providerName: f.providerName,
          providerType: f.providerType,
          delivery: f.delivery,
          providerContact: f.providerContact ?? "",
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
    wageSchedule,
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
 * The canonical hash of each frozen standards object hashed so far: the current standards are one frozen object
 * per process for a while (getCurrentStandards), and hashing their whole schedule (some 200 skills) on every view
 * of step 6 cost more than reading the organization's data. A frozen object cannot change, so its hash cannot
 * either; standards read in a transaction are fresh objects and are hashed each time.
 */
const frozenStandardsSha256 = new WeakMap<ProgramStandards, string>();

function standardsSha256(standards: ProgramStandards): string {
  if (!Object.isFrozen(standards)) return canonicalJsonSha256(standards);
  let hash = frozenStandardsSha256.get(standards);
  if (hash === undefined) {
    hash = canonicalJsonSha256(standards);
    frozenStandardsSha256.set(standards, hash);
  }
  return hash;
}

/**
 * What the unsigned agreement is built from, as the organization's data stands: its content, the current standards
 * (the version it records when signed) and the Registration Agency for the organization's state now (which signing
 * passes on to the signed copy), with one hash over all three (the standards by their own hash): equal hashes,
 * equal documents.
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
    inputsSha256: canonicalJsonSha256({ content, standardsSha256: standardsSha256(standards), registrationAgency }),
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
