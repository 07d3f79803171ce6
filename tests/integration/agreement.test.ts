import { deflateSync, crc32 } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { db } from "@/lib/db";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { signAgreement, uploadSignedAgreement } from "@/lib/onboarding/agreement/actions";
import { saveFundingPlan } from "@/lib/onboarding/funding/actions";
import { saveJourneyworkers } from "@/lib/onboarding/mentors/actions";
import { saveWageSchedule } from "@/lib/onboarding/wages/actions";
import { sha256Hex } from "@/lib/storage/hash";
import AgreementStepPage from "@/app/(employer)/onboarding/agreement/page";
import FundingStepPage from "@/app/(employer)/onboarding/funding/page";
import { GET as getSignedAgreement } from "@/app/api/agreements/[agreementId]/route";
import { GET as getUnsignedAgreement } from "@/app/api/onboarding/agreement/route";
import { addMember, completeStepsThroughMentor, createOrganization, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { signInAs } from "../support/sign-in";
import { pdfPages, pdfText } from "../support/pdf-text";

const TO_AGREEMENT = expect.objectContaining({ digest: expect.stringContaining(";/onboarding/agreement#") });
const TO_CHECKLIST = expect.objectContaining({ digest: expect.stringContaining(";/onboarding;") });

const wages = (overrides: Record<string, string> = {}) =>
  formData({
    journeyworkerRate: "38.00",
    entryWage: "22.80",
    basis: "MONTHS",
    termLength: "24",
    "steps.0.threshold": "6",
    "steps.0.amountKind": "PERCENT",
    "steps.0.amount": "65",
    "steps.1.threshold": "",
    "steps.1.amountKind": "PERCENT",
    "steps.1.amount": "",
    "steps.2.threshold": "12",
    "steps.2.amountKind": "DOLLARS",
    "steps.2.amount": "27.36",
    ...overrides,
  });
const stepStatus = async (organizationId: string) =>
  (await db.onboardingStep.findUnique({ where: { organizationId_step: { organizationId, step: "AGREEMENT" } } }))
    ?.status;

/** An organization with steps 2–5 and the wage schedule done, its owner signed in. */
async function readyToSign(opts: { state?: string } = {}) {
  const { org, owner } = await createOrganization(db, opts);
  await completeStepsThroughMentor(db, org.id, owner.id);
  await signInAs(owner.id);
  const unsigned = await buildUnsignedAgreement(org.id);
  return { org, owner, unsigned };
}
const signature = (documentSha256: string, overrides: Record<string, string> = {}) =>
  formData({
    signerName: "Dana Nguyễn",
    signerTitle: "Director of Clinical Engineering",
    consent: "yes",
    documentSha256,
    drawnSignature: "",
    ...overrides,
  });

/** A real 2×1 PNG, built by hand: the signature a canvas would send, without a browser. */
function tinyPng() {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 0, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

beforeAll(() => publishBothDocuments(db));

describe("step 6: the wage schedule", () => {
  it("saves the schedule, skipping blank rows, keeps the step in progress until signing, and audits", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    await expect(saveWageSchedule(wages())).rejects.toEqual(TO_AGREEMENT);
    const saved = await db.wageSchedule.findUniqueOrThrow({
      where: { organizationId: org.id },
      include: { steps: { orderBy: { ordinal: "asc" } } },
    });
    expect(saved).toMatchObject({
      journeyworkerRateCents: 3800,
      entryWageCents: 2280,
      basis: "MONTHS",
      termLength: 24,
    });
    expect(saved.steps.map((s) => [s.ordinal, s.threshold, s.amountKind, s.amountValue])).toEqual([
      [0, 6, "PERCENT", 6500],
      [1, 12, "DOLLARS", 2736],
    ]);
    expect(await stepStatus(org.id)).toBe("IN_PROGRESS");
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "wages.saved" } })).toBe(1);

    // Saving again replaces the steps rather than adding to them.
    await expect(saveWageSchedule(wages({ "steps.2.threshold": "", "steps.2.amount": "" }))).rejects.toEqual(
      TO_AGREEMENT,
    );
    expect(await db.wageStep.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("applies the minimum wage of the organization's state, and reports every rule next to its field", async () => {
    const { org, owner } = await createOrganization(db, { state: "CA" });
    await signInAs(owner.id);
    const result = await saveWageSchedule(
      wages({ entryWage: "16.00", "steps.2.amount": "20.00", "steps.0.threshold": "30" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        entryWage: ["The entry wage must be at least $16.90 an hour, California's minimum wage."],
        "steps.0.threshold": [expect.stringContaining("after the 24 months term ends")],
        "steps.2.threshold": [expect.stringContaining("must start after the one before it (30 months)")],
        "steps.2.amount": [expect.stringContaining("lower than the wage before it ($24.70)")],
      },
      values: expect.objectContaining({ entryWage: "16.00" }),
    });
    expect(await db.wageSchedule.count({ where: { organizationId: org.id } })).toBe(0);
  });
});

describe("step 6: signing the Employer Agreement", () => {
  it("signs electronically: the stored PDF carries the signature, the wage steps and the evidence", async () => {
    const { org, owner, unsigned } = await readyToSign();
    requestScope.setHeaders({ "user-agent": "Mozilla/5.0 TestBrowser/1.0" });
    await expect(signAgreement(signature(unsigned.sha256))).rejects.toEqual(TO_AGREEMENT);

    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(agreement).toMatchObject({
      version: 1,
      status: "SIGNED",
      method: "ELECTRONIC",
      unsignedSha256: unsigned.sha256,
      contentFingerprint: unsigned.fingerprint,
      signerUserId: owner.id,
      signerName: "Dana Nguyễn",
      signerEmail: owner.email,
      signerUserAgent: "Mozilla/5.0 TestBrowser/1.0",
      consentToEsign: true,
    });
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: agreement.signedFileId } });
    expect(sha256Hex(file.data!)).toBe(agreement.signedSha256);
    const text = pdfText(file.data!);
    for (const expected of [
      "/s/ Dana Nguyễn",
      "Entry, until 6 months $22.80 60%",
      "From 6 months to 12 months $24.70 65%",
      "From 12 months to 18 months $27.36 72%",
      "From 18 months to 24 months $30.40 80%",
    ]) {
      expect(text).toContain(expected);
    }
    const evidence = pdfPages(file.data!).at(-1)!.replace(/\s+/g, " ");
    expect(evidence).toContain("Electronic signature record");
    expect(evidence).toContain(owner.email);
    expect(evidence).toContain(unsigned.sha256);
    expect(evidence).toContain("TestBrowser/1.0");

    expect(await stepStatus(org.id)).toBe("COMPLETE");
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "agreement.signed" } })).toBe(1);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { template: "agreement-signed", to: owner.email } });
    expect(mail.text).toContain("submit everything to AAMI");
    expect(html(await AgreementStepPage())).toContain("The Employer Acceptance Agreement is signed");
  });

  it("shows the SHA-256 of the exact document signing records, and a new one as soon as its data changes", async () => {
    const shownHash = async () => {
      const match = html(await AgreementStepPage()).match(/Document SHA-256: ([0-9a-f]{64})/);
      expect(match).not.toBeNull();
      return match![1]!;
    };
    const servedHash = async () =>
      sha256Hex(
        new Uint8Array(
          await (await getUnsignedAgreement(new Request("http://localhost/api/onboarding/agreement"))).arrayBuffer(),
        ),
      );
    const { org } = await readyToSign();
    const before = await shownHash();
    // The document the signer opens from the page is the one whose hash the page shows.
    expect(await servedHash()).toBe(before);

    // An edit in another step, between two views: a new document, and the page follows at once.
    await saveJourneyworkers(formData({ journeyworkerCount: "7" })).catch(() => undefined);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).journeyworkerCount).toBe(7);
    const after = await shownHash();
    expect(after).not.toBe(before);
    expect(await servedHash()).toBe(after);
    // Signing with the hash of the document shown before the edit is refused; with the current one it is recorded.
    expect(await signAgreement(signature(before))).toMatchObject({
      ok: false,
      message: expect.stringContaining("The agreement changed while you were reading it"),
    });
    await expect(signAgreement(signature(after))).rejects.toEqual(TO_AGREEMENT);
    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(agreement.unsignedSha256).toBe(after);
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: agreement.signedFileId } });
    expect(pdfPages(file.data!).at(-1)!.replace(/\s+/g, " ")).toContain(after);
  });

  it("treats a second click as the same signature, and refuses an agreement that changed after it was shown", async () => {
    const { org, unsigned } = await readyToSign();
    const [first, second] = await Promise.allSettled([
      signAgreement(signature(unsigned.sha256)),
      signAgreement(signature(unsigned.sha256)),
    ]);
    expect([first.status, second.status]).toEqual(["rejected", "rejected"]); // both redirect to the page
    expect(await db.employerAgreement.count({ where: { organizationId: org.id } })).toBe(1);

    const other = await readyToSign();
    await db.position.updateMany({ where: { organizationId: other.org.id }, data: { openings: 2 } });
    expect(await signAgreement(signature(other.unsigned.sha256))).toMatchObject({
      ok: false,
      message: expect.stringContaining("The agreement changed while you were reading it"),
    });
    expect(await db.employerAgreement.count({ where: { organizationId: other.org.id } })).toBe(0);
  });

  it("refuses before steps 2–5 and the wage schedule are done, to members, and bad input; nothing is saved", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    expect(await signAgreement(signature("a".repeat(64)))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Before signing, finish: Step 2: review the standards; .*Save the wage schedule/),
    });
    const ready = await readyToSign();
    const member = await addMember(db, ready.org.id, "MEMBER");
    await signInAs(member.user.id);
    expect(await signAgreement(signature(ready.unsigned.sha256))).toMatchObject({
      ok: false,
      message: "Only an organization owner or admin can do that.",
    });
    expect(html(await AgreementStepPage())).toContain("Only an owner or admin of your organization can sign");
    await signInAs(ready.owner.id);
    expect(
      await signAgreement(
        signature(ready.unsigned.sha256, {
          signerName: " ",
          consent: "",
          drawnSignature: "data:image/gif;base64,R0lG",
        }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        signerName: ["Enter your full legal name."],
        consent: ["Tick the box to agree to sign electronically."],
        drawnSignature: [expect.stringContaining("could not read the drawn signature")],
      },
    });
    const fakePng = `data:image/png;base64,${Buffer.from("not a png at all").toString("base64")}`;
    expect(await signAgreement(signature(ready.unsigned.sha256, { drawnSignature: fakePng }))).toMatchObject({
      ok: false,
      fieldErrors: { drawnSignature: [expect.stringContaining("could not read the drawn signature")] },
    });
    expect(await db.employerAgreement.count({ where: { organizationId: { in: [org.id, ready.org.id] } } })).toBe(0);
  });

  it("places a drawn signature on the signature page", async () => {
    const { org, unsigned } = await readyToSign();
    const drawn = `data:image/png;base64,${tinyPng().toString("base64")}`;
    await expect(signAgreement(signature(unsigned.sha256, { drawnSignature: drawn }))).rejects.toEqual(TO_AGREEMENT);
    const agreement = await db.employerAgreement.findFirstOrThrow({
      where: { organizationId: org.id },
      include: { signedFile: true },
    });
    const pdf = await PDFDocument.load(agreement.signedFile.data!);
    const images = pdf.context
      .enumerateIndirectObjects()
      .filter(([, obj]) => obj.toString().includes("/Subtype /Image"));
    expect(images.length).toBe(1);
    expect(pdfText(agreement.signedFile.data!)).toContain("Yes, shown on the signature page");
  });
});

describe("step 6: a signed agreement cannot change", () => {
  it("is voided, plainly, when data it contains changes; unchanged saves leave it alone", async () => {
    const { org, unsigned } = await readyToSign();
    await signAgreement(signature(unsigned.sha256)).catch(() => undefined);
    expect(html(await FundingStepPage())).toContain("Saving a change here voids the signature");

    // The same journeyworker count again changes nothing the agreement says.
    await saveJourneyworkers(formData({ journeyworkerCount: "2" })).catch(() => undefined);
    expect((await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } })).status).toBe("SIGNED");

    const funding = formData({
      // An employer's proposal of a provider that is not listed: the agreement names another provider.
      rtiProviderId: "other",
      otherProviderName: "Another College",
      otherProviderType: "University",
      otherProviderContact: "someone@another.example",
      delivery: "ONLINE",
      hoursPerYear: "150",
      costPerApprentice: "4000",
      sources: "OPERATING_BUDGET",
      instructionTimePaid: "yes",
      attest: "yes",
    });
    await expect(saveFundingPlan(funding)).rejects.toEqual(TO_CHECKLIST);
    const voided = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(voided).toMatchObject({
      status: "VOIDED",
      voidedReason: "The related-instruction funding plan (step 4) changed after the agreement was signed.",
    });
    expect(voided.signedSha256).toBe(
      sha256Hex((await db.storedFile.findUniqueOrThrow({ where: { id: voided.signedFileId } })).data!),
    );
    expect(await stepStatus(org.id)).toBe("IN_PROGRESS");
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "agreement.voided" } })).toBe(1);
    const page = html(await AgreementStepPage());
    expect(page).toContain("The signature was voided");
    expect(page).toContain("funding plan (step 4) changed after the agreement was signed");

    // Signing again makes version 2; version 1 stays as it was.
    const fresh = await buildUnsignedAgreement(org.id);
    await signAgreement(signature(fresh.sha256)).catch(() => undefined);
    const versions = await db.employerAgreement.findMany({
      where: { organizationId: org.id },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, "VOIDED"],
      [2, "SIGNED"],
    ]);
  });
});

describe("step 6: uploading a hand-signed agreement", () => {
  const upload = (sha: string, file: File) => {
    const form = formData({ signerName: "Dana Nguyễn", signerTitle: "CEO", documentSha256: sha });
    form.set("file", file);
    return form;
  };

  it("accepts a real PDF and stores it exactly as uploaded", async () => {
    const { org, unsigned } = await readyToSign();
    const scan = await PDFDocument.create();
    scan.addPage();
    const bytes = await scan.save();
    await expect(
      uploadSignedAgreement(
        upload(unsigned.sha256, new File([Buffer.from(bytes)], "signed.pdf", { type: "application/pdf" })),
      ),
    ).rejects.toEqual(TO_AGREEMENT);
    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(agreement).toMatchObject({
      method: "WET_UPLOAD",
      signedSha256: sha256Hex(bytes),
      unsignedSha256: unsigned.sha256,
      consentToEsign: false,
    });
    expect(await stepStatus(org.id)).toBe("COMPLETE");
  });

  it("checks the content, not the name: a renamed image or a broken PDF is refused next to the field", async () => {
    const { org, unsigned } = await readyToSign();
    const renamed = new File([tinyPng()], "agreement.pdf", { type: "application/pdf" });
    const broken = new File(["%PDF-1.7\nthis is not really a pdf"], "agreement.pdf", { type: "application/pdf" });
    const word = new File(["PK..."], "agreement.docx", { type: "application/msword" });
    const empty = new File([], "agreement.pdf", { type: "application/pdf" });
    for (const file of [renamed, broken]) {
      expect(await uploadSignedAgreement(upload(unsigned.sha256, file))).toMatchObject({
        ok: false,
        fieldErrors: { file: [expect.stringContaining("not a PDF we can open")] },
      });
    }
    expect(await uploadSignedAgreement(upload(unsigned.sha256, word))).toMatchObject({
      fieldErrors: { file: [expect.stringContaining("Upload a PDF file")] },
    });
    expect(await uploadSignedAgreement(upload(unsigned.sha256, empty))).toMatchObject({
      fieldErrors: { file: ["Choose the signed agreement (a PDF file)."] },
    });
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf", { type: "application/pdf" });
    expect(await uploadSignedAgreement(upload(unsigned.sha256, big))).toMatchObject({
      fieldErrors: { file: [expect.stringContaining("larger than 10 MB")] },
    });
    expect(await db.employerAgreement.count({ where: { organizationId: org.id } })).toBe(0);
  });
});

describe("agreement downloads", () => {
  const fetchSigned = (id: string) =>
    getSignedAgreement(new Request(`http://localhost/api/agreements/${id}`), {
      params: Promise.resolve({ agreementId: id }),
    });

  it("serve the unsigned agreement to members and the signed one to its organization and staff only", async () => {
    const { org, unsigned } = await readyToSign();
    const preview = await getUnsignedAgreement(new Request("http://localhost/api/onboarding/agreement"));
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-type")).toBe("application/pdf");
    expect(sha256Hex(new Uint8Array(await preview.arrayBuffer()))).toBe(unsigned.sha256);

    await signAgreement(signature(unsigned.sha256)).catch(() => undefined);
    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect((await fetchSigned(agreement.id)).status).toBe(200);

    const outsider = await createOrganization(db);
    await signInAs(outsider.owner.id);
    expect((await fetchSigned(agreement.id)).status).toBe(404);
    const outsiderPreview = await getUnsignedAgreement(new Request("http://localhost/api/onboarding/agreement"));
    expect(pdfText(new Uint8Array(await outsiderPreview.arrayBuffer()))).toContain(outsider.org.legalName);

    const staff = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    await signInAs(staff.id);
    const asStaff = await fetchSigned(agreement.id);
    expect(asStaff.status).toBe(200);
    expect(sha256Hex(new Uint8Array(await asStaff.arrayBuffer()))).toBe(agreement.signedSha256);
    expect((await fetchSigned("not-an-id")).status).toBe(404);

    requestScope.clear();
    expect((await fetchSigned(agreement.id)).status).toBe(401);
  });
});
