import fc from "fast-check";
import { profileLink } from "@/lib/candidates/profile/link";
import { db } from "@/lib/db";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { buildSampleDocumentPdf } from "@/lib/pdf/sample-document";
import { publishBothDocuments } from "../../support/documents";
import { inDays } from "../../support/enrollment";
import { createCandidate } from "../../support/factories";
import { drawImage } from "../../support/images";
import { organizationWithTeam, staffMember } from "./principals";
import type { FieldPool } from "./zod-inputs";

// What the fuzzer acts on, kept small: the current program documents, an organization onboarding (steps 1–5 and
// the wage schedule done, so the agreement can be signed) and an employer partner (approved), each with an owner,
// an admin and a member; a staff reviewer and a staff administrator; a candidate with a private link.

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld() {
  const documents = await publishBothDocuments(db);
  const onboarding = await organizationWithTeam();
  const partner = await organizationWithTeam();
  // An employer partner: its latest submission is approved (only its status matters to the partner checks).
  await db.submission.create({
    data: {
      organizationId: partner.org.id,
      version: 1,
      status: "APPROVED",
      snapshot: {},
      submittedById: partner.owner.userId!,
      decidedAt: new Date(),
    },
  });
  const candidate = await createCandidate(db, { state: "WI" });
  const pdf = await buildSampleDocumentPdf({ title: "Fuzz", subtitle: "v1", sections: [{ heading: "A", body: "B" }] });
  return {
    onboarding,
    partner,
    reviewer: await staffMember("STAFF_REVIEWER"),
    staffAdmin: await staffMember("STAFF_ADMIN"),
    candidate,
    candidateToken: profileLink({ id: candidate.id, linkVersion: 1 }).token,
    documentIds: documents.map((d) => d.id),
    partnerPositionId: (await db.position.findFirstOrThrow({ where: { organizationId: partner.org.id } })).id,
    unsignedSha256: (await buildUnsignedAgreement(onboarding.org.id)).sha256,
    pdf,
    png: await drawImage("png", 40, 20),
  };
}

const someId = fc.stringMatching(/^c[a-z0-9]{24}$/);
const c = <T>(...values: T[]) => fc.constantFrom(...values);

/**
 * Plausible values by field name, for fields whose rule is a refinement the schema's definition cannot show (a
 * phone number, a state, a date in a range, a dollar amount) or whose value only the fixtures know (a real token).
 */
export function fieldPool(w: World): FieldPool {
  return {
    email: fc.nat({ max: 99_999 }).map((n) => `fuzz.${n}@example.test`),
    contactEmail: fc.nat({ max: 99_999 }).map((n) => `owner.${n}@example.test`),
    phone: c("608-555-0100", "(414) 555-0199"),
    contactPhone: c("608-555-0100"),
    state: c("WI", "MN", "wi"),
    postalCode: c("53703", "55401"),
    ein: c(undefined, "", "12-3456789", "987654321"),
    expectedStartDate: c("", inDays(30)),
    startDate: c(inDays(14)),
    dateOfBirth: c("1995-06-15"),
    acceptedOn: c(inDays(0)),
    costPerApprentice: c("3500", "1,250.50"),
    priorWage: c("17.25"),
    journeyworkerRate: c("38.00"),
    entryWage: c("22.80"),
    termLength: c("24"),
    basis: c("MONTHS"),
    steps: c([
      { threshold: "6", amountKind: "PERCENT", amount: "65" },
      { threshold: "12", amountKind: "PERCENT", amount: "72" },
      { threshold: "18", amountKind: "DOLLARS", amount: "32.00" },
    ]),
    ssn: c("", "123-45-6789"),
    races: c(["raceWhite"], ["declined"]),
    masteredSkillSets: c([], ["SAFETY"]),
    evidence: c({ SAFETY: "Two years as a hospital safety officer." }),
    credentials: c(["CBET"], []),
    sources: c(["OPERATING_BUDGET"], ["OTHER", "STATE_GRANT"]),
    otherSourceText: c("Hospital foundation"),
    documentSha256: c(w.unsignedSha256),
    documentIds: c(w.documentIds),
    drawnSignature: c("", `data:image/png;base64,${Buffer.from(w.png).toString("base64")}`),
    token: c(w.candidateToken, "not-a-token"),
    candidateId: fc.oneof(c(w.candidate.id), c(""), someId),
    apprenticeId: fc.oneof(c(""), someId),
    positionId: fc.oneof(c("", w.partnerPositionId), someId),
    mentorId: fc.oneof(c(""), someId),
    organizationId: fc.oneof(c(w.onboarding.org.id, w.partner.org.id), someId),
    rowVersion: c("0", "1"),
    basedOnVersion: c("0"),
    typedName: c("Pat Example"),
    countersignerName: c("Avery Administrator"),
    countersignerTitle: c("Director, Apprenticeship Programs"),
    rapidsApprenticeId: c("WI-12345"),
    reason: c("The funding plan must cover at least 144 hours a year."),
    message: c("We are hiring a BMET apprentice in Madison and would like to talk with you about it."),
    comments: c({ FUNDING: "Please plan at least 144 hours a year." }),
    callbackUrl: c("/onboarding", undefined),
    website: c(undefined, ""),
    file: fc.constant(null).map(() => new File([Buffer.from(w.pdf)], "document.pdf", { type: "application/pdf" })),
    logo: fc.constant(null).map(() => new File([Buffer.from(w.png)], "logo.png", { type: "image/png" })),
  };
}

/**
 * The values a form post to spoil field by field starts from, where the pool offers several: the ones that take a
 * valid post furthest (a real position and candidate, a skill set credited with its evidence, new records).
 */
export function preferredValues(w: World): FieldPool {
  return {
    candidateId: c(w.candidate.id),
    positionId: c(w.partnerPositionId),
    apprenticeId: c(""),
    mentorId: c(""),
    ein: c(""),
    ssn: c(""),
    masteredSkillSets: c(["SAFETY"]),
    token: c(w.candidateToken),
  };
}
