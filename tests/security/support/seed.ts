import { randomBytes } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import { expect } from "vitest";
import type { OrgRole } from "@prisma/client";
import { signAsEmployer } from "@/lib/apprentices/agreement/actions";
import { profileLink } from "@/lib/candidates/profile/link";
import { startOnboarding } from "@/lib/onboarding/intent/actions";
import { db } from "@/lib/db";
import { storeFile } from "@/lib/storage";
import { assignApprenticeMentor } from "@/lib/training/mentors/actions";
import { signedAgreement } from "../../support/apprentice-registration";
import { apprentice } from "../../support/apprentices";
import { publishBothDocuments, publishDocument } from "../../support/documents";
import { enroll } from "../../support/enrollment";
import { addMember, createCandidate, createUser } from "../../support/factories";
import { formData } from "../../support/form";
import { storeDrawnLogo } from "../../support/images";
import { verifiedCompletion } from "../../support/completions";
import { asUser } from "../../support/sign-in";
import { reviewedOrganization, submittedOrganization } from "../../support/submission";

// Several tenants in different states of the product, seeded through the real actions where it matters (review
// decisions, enrollment, the employer's signature) so every kind of record a route can show exists for each of
// them. The route matrix fills dynamic segments from `targets`: every principal asks for every tenant's records.

export type TenantKey = "T1" | "T2" | "T3";

/** A value for a dynamic segment (or a query), with the tenant whose record it is (null: nobody's) and its facts. */
export type Target = {
  value: string;
  tenant: TenantKey | null;
  label: string;
  facts: Record<string, string | boolean>;
};

export type TargetSource =
  | "agencyStates"
  | "apprentices"
  | "apprenticeAgreements"
  | "authActions"
  | "candidates"
  | "documents"
  | "documentKinds"
  | "employerAgreements"
  | "mailMessages"
  | "memberships"
  | "mentors"
  | "organizationRequests"
  | "organizations"
  | "packets"
  | "positions"
  | "profileTokens"
  | "rapidsSelections"
  | "statusChangeDays"
  | "rtiProviders"
  | "signingTokens"
  | "submissions"
  | "trainees"
  | "skillCodes"
  | "signOffs"
  | "credentials"
  | "completions"
  | "certificateCodes"
  | "transfers";

export type SeededTenant = {
  key: TenantKey;
  organizationId: string;
  /** Users of the organization by role (T3 has its owner only). */
  users: Partial<Record<OrgRole, string>>;
  /**
   * T1 and T2: the users of their approved apprentice's training record, in no organization: the apprentice, the
   * record (an apprentice's home), and its assigned mentor.
   */
  training?: { apprenticeUserId: string; apprenticeId: string; mentorUserId: string };
};

export type World = {
  tenants: Record<TenantKey, SeededTenant>;
  staff: { reviewerId: string; adminId: string };
  /** Signed in, in no organization and not staff. */
  newcomerId: string;
  targets: Record<TargetSource, Target[]>;
};

/** A one-page PDF standing in for a sign-off's evidence. */
async function evidencePdf() {
  const doc = await PDFDocument.create();
  doc.addPage().drawText("Skill checklist, initialled by the mentor (test evidence)", { x: 50, y: 700, size: 12 });
  return doc.save();
}

/** The token of a link the outbox holds for this address (read before any worker erases it). */
async function tokenMailedTo(email: string, path: string) {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { to: email, text: { contains: path } } });
  return new RegExp(`${path}([A-Za-z0-9_-]+)`).exec(mail.text)![1]!;
}

/** A registration waiting for its contact to confirm it, sent through the real form; the emailed token. */
async function pendingRegistration() {
  const contactEmail = `hr-${randomBytes(3).toString("hex")}@delta.example`;
  const form = {
    legalName: "Delta Community Hospital",
    dbaName: "",
    ein: "",
    addressLine1: "9 Lake Shore Dr",
    addressLine2: "",
    city: "Duluth",
    county: "St. Louis",
    state: "MN",
    postalCode: "55802",
    contactName: "Robin Hale",
    contactEmail,
    contactPhone: "218-555-0100",
    apprenticesWanted: "1",
    heardAbout: "AAMI conference or event",
  };
  await expect(startOnboarding(formData(form))).rejects.toMatchObject({
    digest: expect.stringContaining(";/employers/start/done;"),
  });
  return tokenMailedTo(contactEmail, "/employers/start/confirm/");
}

/**
 * T1 (Wisconsin, Midwest): registered with DOL, listed on the home page with a logo.
 * T2 (California, West): approved, a logo uploaded but not listed (only its members and staff may preview it).
 * T3 (Texas, Southwest): submitted, not yet a partner, no apprentices, no listing.
 * T1 and T2 have an owner, an admin and a member, an apprentice waiting for signatures (with a live signing link)
 * and an approved one (with a signed agreement and an SSN of its own: SSNs are unique nationally); T1 also has
 * a draft enrollment. Each approved apprentice is in training: the owner assigned the organization's mentor through
 * the real action, which gave the mentor and the apprentice sign-ins of their own. T1 also has a registered
 * apprentice in training with neither, whose record its own apprentice and mentor must not open.
 */
export async function seedWorld(): Promise<World> {
  await publishBothDocuments(db);
  const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
  const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  const newcomer = await createUser(db);

  const t1 = await reviewedOrganization(reviewer.id, "ACCEPTED", { name: "Alpha Regional Health", state: "WI" });
  const t2 = await reviewedOrganization(reviewer.id, "APPROVED", { name: "Beta Valley Hospital", state: "CA" });
  const t3 = await submittedOrganization({ name: "Gamma Medical Center", state: "TX" });
  const orgs = { T1: t1, T2: t2, T3: t3 };

  const tenants = {} as Record<TenantKey, SeededTenant>;
  for (const [key, { org, owner }] of Object.entries(orgs) as Array<[TenantKey, typeof t1]>) {
    const users: Partial<Record<OrgRole, string>> = { OWNER: owner.id };
    if (key !== "T3") {
      users.ADMIN = (await addMember(db, org.id, "ADMIN")).user.id;
      users.MEMBER = (await addMember(db, org.id, "MEMBER")).user.id;
    }
    tenants[key] = { key, organizationId: org.id, users };
  }

  const t1Logo = await storeDrawnLogo(db, t1.org.id, 64, 64);
  await db.organization.update({
    where: { id: t1.org.id },
    data: {
      listingOptIn: true,
      listingDisplayName: "Alpha Health",
      listingCity: "Madison",
      listingState: "WI",
      listingLogoFileId: t1Logo.id,
    },
  });
  const t2Logo = await storeDrawnLogo(db, t2.org.id, 64, 64);
  await db.organization.update({
    where: { id: t2.org.id },
    data: { listingOptIn: false, listingDisplayName: "Beta Valley", listingLogoFileId: t2Logo.id },
  });

  const apprentices: Target[] = [];
  const signingTokens: Target[] = [];
  const rapidsSelections: Target[] = [];
  const trainees: Target[] = [];
  const signOffs: Target[] = [];
  const credentials: Target[] = [];
  const completions: Target[] = [];
  const certificateCodes: Target[] = [];
  for (const key of ["T1", "T2"] as const) {
    const { org, owner } = orgs[key];
    const tag = randomBytes(3).toString("hex");
    const pendingEmail = `pending-${tag}@example.org`;
    const pendingId = await enroll(owner.id, { email: pendingEmail, lastName: `Pending${key}` });
    await expect(
      asUser(owner.id, () =>
        signAsEmployer(
          formData({
            apprenticeId: pendingId,
            rowVersion: "0",
            signerName: "Dana Owner",
            signerTitle: "HTM Director",
            consent: "yes",
          }),
        ),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`;/onboarding/apprentices/${pendingId}?sent=1;`) });
    const approved = await apprentice(
      db,
      org.id,
      `Approved${key}`,
      "APPROVED",
      key === "T1" ? "123-45-6781" : "123-45-6782",
      {
        createdById: owner.id,
        startDate: new Date(Date.now() + 30 * 86_400_000),
      },
    );
    await signedAgreement(db, approved);
    // The apprentice's email is how the assignment gives them a sign-in (the factory enrolls without one).
    await db.apprentice.update({ where: { id: approved.id }, data: { email: `trainee-${tag}@example.org` } });
    const mentor = await db.mentor.findFirstOrThrow({ where: { organizationId: org.id } });
    await expect(
      asUser(owner.id, () => assignApprenticeMentor(formData({ apprenticeId: approved.id, mentorId: mentor.id }))),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`;/training/${approved.id}?done=mentor;`) });
    const linked = await db.apprentice.findUniqueOrThrow({
      where: { id: approved.id },
      select: { userId: true, mentor: { select: { userId: true } } },
    });
    tenants[key].training = {
      apprenticeUserId: linked.userId!,
      apprenticeId: approved.id,
      mentorUserId: linked.mentor!.userId!,
    };
    trainees.push({
      value: approved.id,
      tenant: key,
      label: `${key} approved apprentice in training`,
      facts: { inTraining: true, linked: true },
    });
    // A skill signed off with evidence (a file that may show the apprentice, served by POST): stored as the mentor's
    // sign-off would store it.
    const evidence = await storeFile(db, {
      organizationId: org.id,
      filename: "evidence.pdf",
      contentType: "application/pdf",
      bytes: await evidencePdf(),
    });
    const signOff = await db.skillSignOff.create({
      data: {
        organizationId: org.id,
        apprenticeId: approved.id,
        skillCode: "1.01",
        skillSetKey: "SAFETY",
        demonstratedOn: new Date(),
        evidenceFileId: evidence.id,
        signedById: linked.mentor!.userId!,
      },
    });
    signOffs.push({ value: signOff.id, tenant: key, label: `${key} sign-off with evidence`, facts: { linked: true } });
    // A credential the apprentice entered, waiting for AAMI, with the same kind of evidence.
    const credential = await db.credential.create({
      data: {
        organizationId: org.id,
        apprenticeId: approved.id,
        kind: "CABT",
        earnedOn: new Date(),
        evidenceFileId: evidence.id,
        enteredById: linked.userId!,
      },
    });
    credentials.push({ value: credential.id, tenant: key, label: `${key} credential with evidence`, facts: {} });
    // The apprentice's completion, verified by AAMI (their training is completed): AAMI's certificate for both
    // tenants, DOL's uploaded for T1 only (the same kind of file stands in for it).
    const completion = await verifiedCompletion(db, approved, { requestedById: owner.id, decidedById: reviewer.id });
    const dol = key === "T1";
    if (dol) {
      await db.completion.update({
        where: { id: completion.id },
        data: {
          dolCertificateFileId: evidence.id,
          dolCertificateUploadedAt: new Date(),
          dolCertificateUploadedById: reviewer.id,
        },
      });
    }
    completions.push({
      value: completion.id,
      tenant: key,
      label: `${key} verified completion${dol ? " with DOL's certificate" : ""}`,
      facts: { dol },
    });
    certificateCodes.push({
      value: completion.certificateCode,
      tenant: key,
      label: `${key} certificate code`,
      facts: { valid: true },
    });
    // Each tenant's apprentices in the matrix: one whose enrollment can still change (T1's draft, T2's waiting for
    // signatures) and one that can no longer change.
    apprentices.push(
      key === "T1"
        ? {
            value: await enroll(owner.id, { email: `draft-${tag}@example.org`, lastName: `Draft${key}` }),
            tenant: key,
            label: `${key} draft apprentice`,
            facts: { status: "DRAFT" },
          }
        : {
            value: pendingId,
            tenant: key,
            label: `${key} apprentice waiting for signatures`,
            facts: { status: "PENDING_SIGNATURES" },
          },
      { value: approved.id, tenant: key, label: `${key} approved apprentice`, facts: { status: "APPROVED" } },
    );
    signingTokens.push({
      value: await tokenMailedTo(pendingEmail, "/apprentices/agreement/"),
      tenant: key,
      label: `${key} live signing link`,
      facts: { valid: true },
    });
    rapidsSelections.push({ value: approved.id, tenant: key, label: `${key} approved apprentice`, facts: {} });
  }
  const unlinked = await apprentice(db, t1.org.id, "RegisteredT1", "REGISTERED", "123-45-6783", {
    createdById: t1.owner.id,
  });
  trainees.push(
    {
      value: unlinked.id,
      tenant: "T1",
      label: "T1 registered apprentice in training without a mentor",
      facts: { inTraining: true, linked: false },
    },
    // Not yet in training: no record, whoever asks.
    ...apprentices
      .filter((a) => a.facts.status === "DRAFT" || a.facts.status === "PENDING_SIGNATURES")
      .map((a) => ({ ...a, facts: { inTraining: false } })),
  );
  // Well-formed, but no link was ever made with it.
  signingTokens.push({
    value: randomBytes(32).toString("base64url"),
    tenant: null,
    label: "forged signing link",
    facts: { valid: false },
  });

  const inScope = await createCandidate(db, { state: "WI" });
  const otherRegion = await createCandidate(db, { state: "CA" });
  const notShared = await createCandidate(db, { state: "WI", consentToShare: false });
  const candidates: Target[] = [
    { value: inScope.id, tenant: "T1", label: "candidate in T1's region", facts: {} },
    { value: otherRegion.id, tenant: "T2", label: "candidate in T2's region", facts: {} },
    { value: notShared.id, tenant: null, label: "candidate who shares with nobody", facts: {} },
  ];
  // A link revoked by a newer one (lib/authz/candidate-link.ts checks the version against the candidate's row).
  const revoked = profileLink(notShared).token;
  const current = await db.candidate.update({
    where: { id: notShared.id },
    data: { linkVersion: { increment: 1 } },
    select: { id: true, linkVersion: true },
  });
  const signatureOf = (token: string) => token.split(".").at(-1)!;
  const payloadOf = (token: string) => token.split(".").slice(0, -1);
  const profileTokens: Target[] = [
    { value: profileLink(inScope).token, tenant: null, label: "a candidate's private link", facts: { valid: true } },
    {
      value: profileLink(current).token,
      tenant: null,
      label: "another candidate's newest link",
      facts: { valid: true },
    },
    { value: revoked, tenant: null, label: "a link revoked by a newer one", facts: { valid: false } },
    {
      // A real link's payload with another real link's signature: the check must be the signature, not the shape.
      value: [...payloadOf(profileLink(inScope).token), signatureOf(profileLink(current).token)].join("."),
      tenant: null,
      label: "forged private link",
      facts: { valid: false },
    },
  ];

  const draftDocument = await publishDocument(db, "NATIONAL_STANDARDS", 99);
  await db.programDocument.update({ where: { id: draftDocument.id }, data: { publishedAt: null } });
  const documents = await db.programDocument.findMany({
    select: { id: true, version: true, kind: true, publishedAt: true },
  });

  // A transfer proposed to each partner of the other's apprentice, waiting for the receiving employer's answer: the
  // record is the receiver's (T1's page shows T2's proposal, and T2's sender must not read it).
  for (const [from, to] of [
    ["T2", "T1"],
    ["T1", "T2"],
  ] as const) {
    await db.trainingTransfer.create({
      data: {
        apprenticeId: tenants[from].training!.apprenticeId,
        fromOrganizationId: tenants[from].organizationId,
        toOrganizationId: tenants[to].organizationId,
        effectiveOn: new Date(Date.now() + 60 * 86_400_000),
        proposedById: tenants[from].users.OWNER!,
      },
    });
  }

  const tenantOf = (organizationId: string | null) =>
    (Object.values(tenants).find((t) => t.organizationId === organizationId)?.key ?? null) as TenantKey | null;
  const rows = async <R extends { id: string; organizationId: string }>(
    label: string,
    list: Promise<R[]>,
    facts?: (r: R) => Target["facts"],
  ) =>
    (await list).map((r) => ({
      value: r.id,
      tenant: tenantOf(r.organizationId),
      label: `${tenantOf(r.organizationId)} ${label}`,
      facts: facts?.(r) ?? {},
    }));

  const targets: Record<TargetSource, Target[]> = {
    // Agencies belong to no tenant: a state, a territory, and a code that is neither.
    agencyStates: [
      { value: "WI", tenant: null, label: "a state's agency", facts: { valid: true } },
      { value: "MP", tenant: null, label: "a territory's agency", facts: { valid: true } },
      { value: "ZZ", tenant: null, label: "a code that is no state", facts: { valid: false } },
    ],
    apprentices,
    // Files are the slowest answers (about a second per megabyte here): one per tenant, T1's signed by the
    // apprentice, T2's signed by the employer only.
    apprenticeAgreements: (
      await rows(
        "apprentice agreement",
        db.apprenticeAgreement.findMany({ select: { id: true, organizationId: true, apprenticeSignedAt: true } }),
        (a) => ({ signed: a.apprenticeSignedAt !== null }),
      )
    ).filter((t) => t.facts.signed === (t.tenant === "T1")),
    authActions: ["session", "csrf", "providers"].map((value) => ({
      value,
      tenant: null,
      label: `Auth.js ${value}`,
      facts: {},
    })),
    candidates,
    documents: documents.map((d) => ({
      value: d.id,
      tenant: null,
      label: `${d.kind} v${d.version}${d.publishedAt ? "" : " (draft)"}`,
      facts: { published: d.publishedAt !== null },
    })),
    // The public addresses of the current documents, and one that names no document.
    documentKinds: [
      { value: "national-standards", tenant: null, label: "current National Standards", facts: { valid: true } },
      { value: "training-objectives", tenant: null, label: "current Training Objectives", facts: { valid: true } },
      { value: "minutes", tenant: null, label: "a name that is no document", facts: { valid: false } },
    ],
    employerAgreements: await rows(
      "employer agreement",
      db.employerAgreement.findMany({ select: { id: true, organizationId: true } }),
    ),
    mailMessages: (await db.mailMessage.findMany({ take: 1, select: { id: true, organizationId: true } })).map((m) => ({
      value: m.id,
      tenant: tenantOf(m.organizationId),
      label: "queued email",
      facts: {},
    })),
    memberships: await rows(
      "membership",
      db.membership.findMany({ select: { id: true, organizationId: true, role: true } }),
      (m) => ({ role: m.role }),
    ),
    mentors: await rows("mentor", db.mentor.findMany({ select: { id: true, organizationId: true } })),
    transfers: await rows(
      "transfer to answer",
      db.trainingTransfer
        .findMany({ select: { id: true, toOrganizationId: true } })
        .then((list) => list.map((t) => ({ id: t.id, organizationId: t.toOrganizationId }))),
    ),
    organizationRequests: [
      {
        value: await pendingRegistration(),
        tenant: null,
        label: "a registration's confirmation link",
        facts: { valid: true },
      },
      {
        value: randomBytes(32).toString("base64url"),
        tenant: null,
        label: "forged confirmation link",
        facts: { valid: false },
      },
    ],
    organizations: Object.values(tenants).map((t) => ({
      value: t.organizationId,
      tenant: t.key,
      label: `${t.key} organization`,
      facts: { listing: t.key === "T1" ? "public" : t.key === "T2" ? "preview" : "none" },
    })),
    packets: await rows(
      "packet",
      db.registrationPacket.findMany({
        distinct: ["organizationId"],
        orderBy: [{ organizationId: "asc" }, { version: "desc" }],
        select: { id: true, organizationId: true },
      }),
    ),
    positions: await rows("position", db.position.findMany({ select: { id: true, organizationId: true } })),
    profileTokens,
    rapidsSelections,
    // The first day of the RAPIDS status-change file (the last is today): a day, which no tenant owns.
    statusChangeDays: [{ value: "2026-01-01", tenant: null, label: "the days from 2026-01-01", facts: {} }],
    // Program-wide records: the one every tenant's plan names, and one T1 proposed that staff have not confirmed.
    rtiProviders: [
      ...(await db.rtiProvider.findMany({ where: { status: "VERIFIED" }, take: 1, select: { id: true } })).map((p) => ({
        value: p.id,
        tenant: null,
        label: "confirmed RTI provider",
        facts: {},
      })),
      {
        value: (
          await db.rtiProvider.create({
            data: {
              name: "Alpha's Proposed College",
              nameKey: "alphas proposed college",
              providerType: "Other",
              contact: "someone@proposed.example",
              status: "PROPOSED",
              proposedByOrganizationId: t1.org.id,
            },
          })
        ).id,
        tenant: "T1" as const,
        label: "T1's proposed RTI provider",
        facts: {},
      },
    ],
    signingTokens,
    submissions: await rows("submission", db.submission.findMany({ select: { id: true, organizationId: true } })),
    trainees,
    // A skill of the published schedule, and a code it does not have.
    skillCodes: [
      { value: "1.01", tenant: null, label: "a skill of the schedule", facts: { skill: true } },
      { value: "9.99", tenant: null, label: "a skill code the schedule lacks", facts: { skill: false } },
    ],
    signOffs,
    credentials,
    completions,
    // Besides the tenants' codes: one of the right form that was never issued, and one that cannot be a code.
    certificateCodes: [
      ...certificateCodes,
      { value: "ABCDE-FGHJK", tenant: null, label: "a certificate code never issued", facts: { valid: false } },
      { value: "not-a-code", tenant: null, label: "a malformed certificate code", facts: { valid: false } },
    ],
  };
  return {
    tenants,
    staff: { reviewerId: reviewer.id, adminId: admin.id },
    newcomerId: newcomer.id,
    targets,
  };
}
