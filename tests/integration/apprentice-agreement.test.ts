import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resendSigningLink, signAsApprentice, signAsEmployer } from "@/lib/apprentices/agreement/actions";
import { createTransport } from "@/lib/mail/transport";
import { deliverDueMail } from "@/lib/mail/worker";
import { GET as agreementFile } from "@/app/api/apprentice-agreements/[agreementId]/route";
import { GET as agreementByLink } from "@/app/api/apprentice-agreements/by-link/[token]/route";
import SignAgreementPage from "@/app/(public)/apprentices/agreement/[token]/page";
import ApprenticePage from "@/app/(employer)/onboarding/apprentices/[apprenticeId]/page";
import StaffApprenticePage from "@/app/(staff)/staff/apprentices/[apprenticeId]/page";
import * as rapidsRoute from "@/app/api/staff/apprentices/rapids/route";
import { RAPIDS_HEADER } from "@/lib/rapids/csv";
import { DISABILITY_DISCLOSURE } from "@/lib/apprentices/self-identification/disability-disclosure";
import { parseCsv } from "../support/csv";
import { addMember, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { enroll, enrollment, inDays, redirectedTo, SAVED } from "../support/enrollment";
import { saveEnrollment as saveEnrollmentAction } from "@/lib/apprentices/enrollment/actions";
import { formData } from "../support/form";
import { pdfText } from "../support/pdf-text";
import { html } from "../support/render";
import { asUser } from "../support/sign-in";
import { TEST_SENDER, startSmtpCapture } from "../support/smtp-capture";
import { reviewedOrganization } from "../support/submission";

// The apprenticeship agreement: signed by the employer in the portal, then by the apprentice (and a guardian when
// under 18) through the link a real SMTP server received.

type Org = Awaited<ReturnType<typeof reviewedOrganization>>;
let org: Org;
let other: Org;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  await publishBothDocuments(db);
  const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
  org = await reviewedOrganization(reviewer.id, "APPROVED", { name: "Signing Partner Health", state: "WI" });
  other = await reviewedOrganization(reviewer.id, "APPROVED", { name: "Other Partner Health", state: "WI" });
}, 120_000);
afterAll(() => smtp.stop());
beforeEach(async () => {
  await db.mailMessage.deleteMany();
});

const signForm = (apprenticeId: string, rowVersion = 0) =>
  formData({
    apprenticeId,
    rowVersion: String(rowVersion),
    signerName: "Dana Owner",
    signerTitle: "HTM Director",
    consent: "yes",
  });
const SENT = (id: string) => redirectedTo(new RegExp(`;/onboarding/apprentices/${id}\\?sent=1;`));
const SIGNED = redirectedTo(/;\/apprentices\/agreement\/signed;/);

/** Delivers the queue to the SMTP capture and returns the signing link's token from what `to` received. */
async function tokenMailedTo(to: string) {
  await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);
  const mail = await smtp.waitFor((m) => m.to.includes(to) && m.subject.includes("sign your BMET apprenticeship"));
  smtp.messages.splice(smtp.messages.indexOf(mail), 1);
  const match = /\/apprentices\/agreement\/([A-Za-z0-9_-]+)/.exec(mail.text);
  expect(match).not.toBeNull();
  return { token: match![1]!, mail };
}

const byLink = (token: string) =>
  agreementByLink(new Request("http://localhost/x"), { params: Promise.resolve({ token }) });
const signPage = async (token: string) => html(await SignAgreementPage({ params: Promise.resolve({ token }) }));

describe("signing an apprenticeship agreement", () => {
  it("goes employer → emailed link → apprentice, then waits for AAMI with the signed PDF", async () => {
    const email = "signing.adult@example.org";
    const id = await enroll(org.owner.id, {
      email,
      masteredSkillSets: ["SAFETY"],
      "evidence.SAFETY": "OSHA 10 card",
    });
    await expect(asUser(org.owner.id, () => signAsEmployer(signForm(id)))).rejects.toEqual(SENT(id));
    const agreement = await db.apprenticeAgreement.findFirstOrThrow({ where: { apprenticeId: id } });
    expect(agreement).toMatchObject({ employerSignerName: "Dana Owner", employerSignerTitle: "HTM Director" });
    expect(agreement.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING_SIGNATURES" });
    expect(await db.mailMessage.findFirst({ where: { to: email } })).toMatchObject({ sensitive: true });

    const { token, mail } = await tokenMailedTo(email);
    expect(mail.text).toContain("Signing Partner Health");
    // Only the token's hash is stored.
    expect(
      JSON.stringify(await db.apprenticeAgreement.findUniqueOrThrow({ where: { id: agreement.id } })),
    ).not.toContain(token);

    const page = await signPage(token);
    expect(page).toContain("Sign your apprenticeship agreement");
    expect(page).not.toContain("Parent or guardian");
    const preview = await byLink(token);
    expect(preview.status).toBe(200);
    expect(pdfText(new Uint8Array(await preview.arrayBuffer()))).toContain("Dana Owner");

    const missing = await signAsApprentice(formData({ token, signerName: "", consent: "" }));
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { signerName: expect.any(Array), consent: expect.any(Array) },
    });
    await expect(signAsApprentice(formData({ token, signerName: "Avery Lindqvist", consent: "yes" }))).rejects.toEqual(
      SIGNED,
    );
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING_REGISTRATION" });
    const signed = await db.apprenticeAgreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(signed).toMatchObject({
      apprenticeSignerName: "Avery Lindqvist",
      signingTokenHash: null,
      guardianSignedAt: null,
    });
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: signed.fileId! } });
    const text = pdfText(new Uint8Array(file.data!));
    expect(text).toContain("Avery Lindqvist");
    expect(text).toContain("Dana Owner");

    // The employer's owners and admins hear of it.
    await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);
    const told = await smtp.waitFor((m) => m.to.includes(org.owner.email.toLowerCase()) && m.text.includes("Avery"));
    expect(told.text).toContain("AAMI");

    // Used up: a second click, or the link later, does nothing.
    const again = await signAsApprentice(formData({ token, signerName: "Someone Else", consent: "yes" }));
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/expired or was already used/) });
    expect(await signPage(token)).toContain("This link no longer works");
    expect((await byLink(token)).status).toBe(404);
  });

  it("asks a parent or guardian to sign with an apprentice under 18", async () => {
    const email = "signing.minor@example.org";
    const id = await enroll(org.owner.id, { email, dateOfBirth: inDays(-365 * 17 + 100) });
    await expect(asUser(org.owner.id, () => signAsEmployer(signForm(id)))).rejects.toEqual(SENT(id));
    const { token, mail } = await tokenMailedTo(email);
    expect(mail.text).toMatch(/parent or guardian/i);
    expect(await signPage(token)).toContain("Parent or guardian");
    const alone = await signAsApprentice(formData({ token, signerName: "Young Apprentice", consent: "yes" }));
    expect(alone).toMatchObject({
      ok: false,
      fieldErrors: {
        guardianName: expect.any(Array),
        guardianRelationship: expect.any(Array),
        guardianConsent: expect.any(Array),
      },
    });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING_SIGNATURES" });
    await expect(
      signAsApprentice(
        formData({
          token,
          signerName: "Young Apprentice",
          consent: "yes",
          guardianName: "Pat Parent",
          guardianRelationship: "Mother",
          guardianConsent: "yes",
        }),
      ),
    ).rejects.toEqual(SIGNED);
    const signed = await db.apprenticeAgreement.findFirstOrThrow({ where: { apprenticeId: id } });
    expect(signed).toMatchObject({ guardianSignerName: "Pat Parent", guardianRelationship: "Mother" });
    expect(
      pdfText(new Uint8Array((await db.storedFile.findUniqueOrThrow({ where: { id: signed.fileId! } })).data!)),
    ).toContain("Pat Parent");
  });

  it("voids the employer's signature and the link when the enrollment changes, and a new link replaces the old", async () => {
    const email = "signing.changed@example.org";
    const id = await enroll(org.owner.id, { email });
    await expect(asUser(org.owner.id, () => signAsEmployer(signForm(id)))).rejects.toEqual(SENT(id));
    const first = await tokenMailedTo(email);
    await expect(asUser(org.owner.id, () => resendSigningLink({ apprenticeId: id }))).rejects.toEqual(SENT(id));
    const second = await tokenMailedTo(email);
    expect(second.token).not.toBe(first.token);
    expect(await signPage(first.token)).toContain("This link no longer works");

    await expect(asUser(org.owner.id, () => saveEnrollment(id, 1))).rejects.toEqual(SAVED);
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT" });
    expect(await db.apprenticeAgreement.findFirstOrThrow({ where: { apprenticeId: id } })).toMatchObject({
      voidedAt: expect.any(Date),
      signingTokenHash: null,
    });
    expect(await signPage(second.token)).toContain("This link no longer works");
  });

  it("is signed for the employer by owners and admins only, at the version they saw", async () => {
    const id = await enroll(org.owner.id);
    const { user: member } = await addMember(db, org.org.id, "MEMBER");
    expect(await asUser(member.id, () => signAsEmployer(signForm(id)))).toMatchObject({ ok: false });
    expect(await asUser(org.owner.id, () => signAsEmployer(signForm(id, 7)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed since you opened/),
    });
    expect(await db.apprenticeAgreement.count({ where: { apprenticeId: id } })).toBe(0);
  });
});

describe("the apprentice's voluntary self-identification", () => {
  /** Enrolls, signs for the employer and returns the apprentice's id and the token their email carried. */
  async function waitingToSign(owner: Org, email: string) {
    const id = await enroll(owner.owner.id, { email });
    await expect(asUser(owner.owner.id, () => signAsEmployer(signForm(id)))).rejects.toEqual(SENT(id));
    return { id, token: (await tokenMailedTo(email)).token };
  }
  const employerPage = (owner: Org, apprenticeId: string) =>
    asUser(owner.owner.id, () =>
      ApprenticePage({ params: Promise.resolve({ apprenticeId }), searchParams: Promise.resolve({}) }),
    ).then(html);
  const staffPage = (staffId: string, apprenticeId: string) =>
    asUser(staffId, () =>
      StaffApprenticePage({ params: Promise.resolve({ apprenticeId }), searchParams: Promise.resolve({}) }),
    ).then(html);
  /** The staff administrator's RAPIDS download of these apprentices, as its page posts it. */
  const rapidsFile = (staffId: string, ids: string[]) =>
    asUser(staffId, () =>
      rapidsRoute.POST(
        new Request("http://localhost:3000/api/staff/apprentices/rapids", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3000" },
          body: new URLSearchParams(ids.map((id) => ["id", id])),
        }),
      ),
    ).then(async (r) => parseCsv(await r.text()));
  const ANSWERS = {
    gender: "F",
    ethnicity: "1",
    races: ["raceAsian", "raceBlack"],
    veteranStatus: "2",
    disabilityStatus: "1",
    educationLevel: "7",
  };
  /** What each answer reads as on a page, none of which an employer's page or the agreement may contain. */
  const ANSWER_WORDS = [
    "Hispanic or Latino",
    "Black or African American",
    "Yes, I have a disability",
    "Bachelor",
    "Not a veteran",
  ];

  it("is asked on the signing page, the disability question in the disclosure form's words, none answered yet", async () => {
    const { token } = await waitingToSign(org, "selfid.page@example.org");
    const page = await signPage(token);
    expect(page).toContain("Voluntary self-identification (optional)");
    expect(page).toContain(DISABILITY_DISCLOSURE.title);
    expect(page).toContain(DISABILITY_DISCLOSURE.why.heading);
    expect(page).toContain("Yes, I have a disability (or previously had a disability)");
    expect(page).toContain("No, I do not have a disability");
    for (const name of ["gender", "ethnicity", "veteranStatus", "disabilityStatus"]) {
      expect(page).toMatch(new RegExp(`id="${name}-9"[^>]*checked`));
    }
    expect(page).toMatch(/id="educationLevel-5"[^>]*checked/);
    expect(page).not.toMatch(/name="races"[^>]*checked/);
  });

  it("is stored with the signature for the link's apprentice alone; bad answers change nothing", async () => {
    const mine = await waitingToSign(org, "selfid.mine@example.org");
    const theirs = await waitingToSign(other, "selfid.theirs@example.org");
    const sign = (answers: Record<string, string | string[]>) =>
      signAsApprentice(
        formData({
          token: mine.token,
          signerName: "Rowan Ibarra",
          consent: "yes",
          // Ids in the form name nobody: the answers go to the apprentice the link is for.
          apprenticeId: theirs.id,
          organizationId: other.org.id,
          ...answers,
        }),
      );

    expect(await sign({ ...ANSWERS, gender: "X", races: ["raceAsian", "declined"] })).toMatchObject({
      ok: false,
      fieldErrors: { gender: [expect.stringMatching(/Choose one of the answers/)], races: [expect.any(String)] },
      values: { disabilityStatus: "1" },
    });
    expect(await db.apprenticeDemographics.count({ where: { apprenticeId: { in: [mine.id, theirs.id] } } })).toBe(0);
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({
      status: "PENDING_SIGNATURES",
    });
    expect(await db.apprenticeAgreement.findFirstOrThrow({ where: { apprenticeId: mine.id } })).toMatchObject({
      apprenticeSignedAt: null,
    });
    expect(await signPage(mine.token)).toContain("Sign your apprenticeship agreement");

    await expect(sign(ANSWERS)).rejects.toEqual(SIGNED);
    const agreement = await db.apprenticeAgreement.findFirstOrThrow({ where: { apprenticeId: mine.id } });
    expect(await db.apprenticeDemographics.findUniqueOrThrow({ where: { apprenticeId: mine.id } })).toMatchObject({
      organizationId: org.org.id,
      gender: "F",
      ethnicity: 1,
      raceAmericanIndian: 0,
      raceAsian: 1,
      raceBlack: 1,
      racePacificIslander: 0,
      raceWhite: 0,
      veteranStatus: 2,
      disabilityStatus: 1,
      educationLevel: 7,
      // The same moment as the signature: one transaction.
      answeredAt: agreement.apprenticeSignedAt,
    });
    expect(await db.apprenticeDemographics.count({ where: { apprenticeId: theirs.id } })).toBe(0);
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      status: "PENDING_SIGNATURES",
    });

    // The employer learns that the apprentice answered, and nothing of what: not on their page, not in the
    // signed agreement they can download, not in the audit trail.
    const page = await employerPage(org, mine.id);
    expect(page).toMatch(/Self-identification \(voluntary, by the apprentice\)<\/dt>\s*<dd[^>]*>Answered</);
    const pdf = pdfText(
      new Uint8Array((await db.storedFile.findUniqueOrThrow({ where: { id: agreement.fileId! } })).data!),
    );
    const audit = JSON.stringify(await db.auditEvent.findMany({ where: { subjectId: mine.id } }));
    for (const words of ANSWER_WORDS) {
      expect(page).not.toContain(words);
      expect(pdf).not.toContain(words);
    }
    expect(audit).not.toMatch(/raceAsian|disabilityStatus|"gender"/);
    // Another organization does not even learn that much.
    await expect(employerPage(other, mine.id)).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("404") }),
    );

    // Staff see the same on the apprentice's page; the answers themselves go only into the RAPIDS file.
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const staffView = await staffPage(admin.id, mine.id);
    expect(staffView).toContain("Answered");
    for (const words of ANSWER_WORDS) expect(staffView).not.toContain(words);
    await db.apprentice.update({ where: { id: mine.id }, data: { status: "APPROVED" } });
    const [header, row] = await rapidsFile(admin.id, [mine.id]);
    expect(header).toEqual([...RAPIDS_HEADER]);
    const at = (column: string) => row![RAPIDS_HEADER.indexOf(column)];
    expect(
      [
        "Gender",
        "Ethnicity Hispanic / Latino",
        "Race-American Indian / Alaskan Native",
        "Asian",
        "Black / African American",
        "Native Hawaiian / Other Pacific Islander",
        "White",
        "Veteran Status",
        "Apprentice Disability Status",
        "Apprentice Education Level",
      ].map(at),
    ).toEqual(["F", "1", "0", "1", "1", "0", "0", "2", "1", "7"]);
  });

  it("reads 'did not self-identify' for an apprentice who skips it, and the employer sees 'Not answered'", async () => {
    const { id, token } = await waitingToSign(org, "selfid.skip@example.org");
    await expect(signAsApprentice(formData({ token, signerName: "Sky Okafor", consent: "yes" }))).rejects.toEqual(
      SIGNED,
    );
    expect(await db.apprenticeDemographics.findUniqueOrThrow({ where: { apprenticeId: id } })).toMatchObject({
      gender: "9",
      ethnicity: 9,
      raceWhite: 9,
      veteranStatus: 9,
      disabilityStatus: 9,
      educationLevel: 5,
    });
    expect(await employerPage(org, id)).toMatch(
      /Self-identification \(voluntary, by the apprentice\)<\/dt>\s*<dd[^>]*>Not answered</,
    );
  });
});

describe("another organization's apprentice agreements", () => {
  it("cannot be signed, resent or downloaded", async () => {
    const email = "signing.private@example.org";
    const id = await enroll(org.owner.id, { email });
    await expect(asUser(org.owner.id, () => signAsEmployer(signForm(id)))).rejects.toEqual(SENT(id));
    await tokenMailedTo(email);
    const agreement = await db.apprenticeAgreement.findFirstOrThrow({ where: { apprenticeId: id } });
    const outsider = other.owner.id;
    expect(await asUser(outsider, () => resendSigningLink({ apprenticeId: id }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/could not find/),
    });
    const draft = await enroll(org.owner.id);
    expect(await asUser(outsider, () => signAsEmployer(signForm(draft)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/could not find/),
    });
    const response = await asUser(outsider, () =>
      agreementFile(new Request("http://localhost/x"), { params: Promise.resolve({ agreementId: agreement.id }) }),
    );
    expect(response.status).toBe(404);
    const own = await asUser(org.owner.id, () =>
      agreementFile(new Request("http://localhost/x"), { params: Promise.resolve({ agreementId: agreement.id }) }),
    );
    expect(own.status).toBe(200);
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({ status: "DRAFT" });
    // Only the owner's signing sent a link; the outsider's resend sent nothing.
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(1);
  });
});

/** Saves the enrollment unchanged except the city, at `rowVersion`. */
function saveEnrollment(apprenticeId: string, rowVersion: number) {
  return saveEnrollmentAction(
    enrollment({ apprenticeId, rowVersion: String(rowVersion), email: "signing.changed@example.org", city: "Verona" }),
  );
}
