import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import type { DocumentKind, ProgramDocument, SubmissionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { publishProgramDocument, uploadProgramDocument } from "@/lib/documents/actions";
import { listPublicProgramDocuments } from "@/lib/documents/data";
import { currentProgramDocuments, loadOnboardingFacts, refreshChecklist } from "@/lib/onboarding/facts";
import { deriveStepStatuses } from "@/lib/onboarding/progress";
import { acknowledgeStandards } from "@/lib/onboarding/standards/actions";
import { sha256Hex } from "@/lib/storage/hash";
import StaffDocumentsPage from "@/app/(staff)/staff/documents/page";
import { GET as getDocument } from "@/app/api/documents/[documentId]/route";
import { addMember, completeStepsThroughMentor, createOrganization, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { html } from "../support/render";
import { asUser, signInAs } from "../support/sign-in";

const TO_DOCUMENTS = expect.objectContaining({ digest: expect.stringContaining(";/staff/documents#document-") });
const TO_CHECKLIST = expect.objectContaining({ digest: expect.stringContaining(";/onboarding;") });

/** A real PDF, different every time (uploading the same file twice is refused). */
async function pdfBytes(pages = 1) {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage().drawText(`Page ${i + 1}, ${randomUUID()}`);
  return doc.save();
}
const pdf = async () => new File([Buffer.from(await pdfBytes())], "standards.pdf", { type: "application/pdf" });

const upload = (file: File, fields: Partial<Record<"kind" | "title", string>> = {}) => {
  const form = formData({ kind: "NATIONAL_STANDARDS", title: "BMET National Standards (2027 edition)", ...fields });
  form.set("file", file);
  return uploadProgramDocument(form);
};
const publish = (documentId: string) => publishProgramDocument(formData({ documentId, confirm: "yes" }));
const latestVersion = async (kind: DocumentKind) =>
  db.programDocument.findFirstOrThrow({ where: { kind }, orderBy: { version: "desc" } });
const stepOf = async (organizationId: string) =>
  (await db.onboardingStep.findUnique({ where: { organizationId_step: { organizationId, step: "STANDARDS" } } }))
    ?.status;

/** An organization that completed steps 2–5 (its checklist stored as the app stores it), with an admin and a member. */
async function organizationWithStandardsDone(latestSubmission?: SubmissionStatus) {
  const { org, owner } = await createOrganization(db);
  const admin = await addMember(db, org.id, "ADMIN");
  const member = await addMember(db, org.id, "MEMBER");
  await completeStepsThroughMentor(db, org.id, owner.id, { wages: false });
  if (latestSubmission) {
    await db.submission.create({
      data: { organizationId: org.id, version: 1, status: latestSubmission, snapshot: {}, submittedById: owner.id },
    });
  }
  await refreshChecklist(db, org.id, owner.id);
  return { org, owner, admin: admin.user, member: member.user };
}

/** A new version uploaded and published by a staff administrator, as the page would. */
async function uploadAndPublish(adminId: string, kind: DocumentKind = "NATIONAL_STANDARDS") {
  await signInAs(adminId);
  await expect(upload(await pdf(), { kind })).rejects.toEqual(TO_DOCUMENTS);
  const uploaded = await latestVersion(kind);
  await expect(publish(uploaded.id)).rejects.toEqual(TO_DOCUMENTS);
  return uploaded;
}

let staffAdmin: { id: string };
let reviewer: { id: string };
let initial: ProgramDocument[];
beforeAll(async () => {
  initial = await publishBothDocuments(db);
  staffAdmin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
});

describe("/staff/documents: who may use it", () => {
  it("is for staff administrators: reviewers are told so (403), employers get 'not found', and their actions are refused", async () => {
    const { owner } = await createOrganization(db);
    const before = await db.programDocument.count();
    for (const [userId, message, refusal] of [
      [reviewer.id, "This needs an AAMI staff administrator.", "403"],
      [owner.id, expect.stringContaining("could not find"), "404"],
    ] as const) {
      await signInAs(userId);
      await expect(StaffDocumentsPage()).rejects.toMatchObject({ digest: expect.stringContaining(refusal) });
      expect(await upload(await pdf())).toMatchObject({ ok: false, message });
      const draft = await latestVersion("NATIONAL_STANDARDS");
      expect(await publish(draft.id)).toMatchObject({ ok: false, message });
    }
    expect(await db.programDocument.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { kind: { startsWith: "document." } } })).toBe(0);
  });

  it("lists every version of both documents with the current one marked", async () => {
    await signInAs(staffAdmin.id);
    const page = html(await StaffDocumentsPage());
    expect(page).toContain("BMET National Standards of Apprenticeship");
    expect(page).toContain("BMET Training Objectives");
    for (const doc of initial) {
      expect(page).toContain(doc.sha256);
      expect(page).toContain(`/api/documents/${doc.id}`);
    }
    expect(page.match(/>Current</g)).toHaveLength(2);
  });
});

describe("uploading a new version", () => {
  it("refuses what is not a readable PDF with a page, too large, or untitled, next to the field, storing nothing", async () => {
    await signInAs(staffAdmin.id);
    const files = await db.storedFile.count();
    const documents = await db.programDocument.count();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const notPdf = { file: [expect.stringContaining("not a PDF we can open")] };
    const noPages = Buffer.from(await (await PDFDocument.create()).save({ addDefaultPage: false }));
    for (const file of [
      new File([png], "standards.pdf", { type: "application/pdf" }), // a renamed image
      new File(["%PDF-1.7\nthis is not really a pdf"], "standards.pdf", { type: "application/pdf" }),
      new File([noPages], "standards.pdf", { type: "application/pdf" }),
    ]) {
      expect(await upload(file)).toMatchObject({ ok: false, fieldErrors: notPdf });
    }
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf", { type: "application/pdf" });
    expect(await upload(big)).toMatchObject({ fieldErrors: { file: [expect.stringContaining("larger than 10 MB")] } });
    expect(await upload(await pdf(), { title: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { title: ["Enter the title employers will see."] },
      values: { title: "  ", kind: "NATIONAL_STANDARDS" },
    });
    expect(await upload(await pdf(), { kind: "" })).toMatchObject({
      fieldErrors: { kind: ["Choose which document this is."] },
    });
    expect(await upload(new File([], "empty.pdf", { type: "application/pdf" }))).toMatchObject({
      fieldErrors: { file: ["Choose the document (a PDF file)."] },
    });
    expect(await db.storedFile.count()).toBe(files);
    expect(await db.programDocument.count()).toBe(documents);
  });

  it("stores the PDF as it was uploaded as the next version, unpublished, and audits it", async () => {
    await signInAs(staffAdmin.id);
    const previous = await latestVersion("TRAINING_OBJECTIVES");
    const bytes = await pdfBytes(3);
    const form = formData({ kind: "TRAINING_OBJECTIVES", title: "BMET Training Objectives (revised)" });
    form.set("file", new File([Buffer.from(bytes)], "objectives final.pdf", { type: "application/pdf" }));
    await expect(uploadProgramDocument(form)).rejects.toEqual(TO_DOCUMENTS);

    const created = await latestVersion("TRAINING_OBJECTIVES");
    expect(created).toMatchObject({
      version: previous.version + 1,
      title: "BMET Training Objectives (revised)",
      sha256: sha256Hex(bytes),
      publishedAt: null,
      isSample: false,
      uploadedById: staffAdmin.id,
    });
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: created.fileId } });
    expect(file).toMatchObject({ organizationId: null, contentType: "application/pdf", byteSize: bytes.length });
    expect(sha256Hex(new Uint8Array(file.data!))).toBe(sha256Hex(bytes));
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { kind: "document.uploaded", subjectId: created.id } }),
    ).toMatchObject({
      actorId: staffAdmin.id,
      payload: expect.objectContaining({ version: created.version, filename: "objectives final.pdf" }),
    });
    // The same file again is refused: it is already that version.
    const again = formData({ kind: "TRAINING_OBJECTIVES", title: "BMET Training Objectives (again)" });
    again.set("file", new File([Buffer.from(bytes)], "objectives.pdf", { type: "application/pdf" }));
    expect(await uploadProgramDocument(again)).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringContaining(`identical to version ${created.version}`)] },
    });
    expect(await latestVersion("TRAINING_OBJECTIVES")).toMatchObject({ id: created.id });

    // Not current until published: employers still acknowledge the previous version.
    expect((await currentProgramDocuments(db)).map((d) => d.id)).toContain(previous.id);

    // Staff administrators can read the draft; employers cannot see it exists.
    const get = () =>
      getDocument(new Request(`http://localhost/api/documents/${created.id}`), {
        params: Promise.resolve({ documentId: created.id }),
      });
    const served = await get();
    expect(served.status).toBe(200);
    expect(sha256Hex(new Uint8Array(await served.arrayBuffer()))).toBe(created.sha256);
    const { owner } = await createOrganization(db);
    await signInAs(owner.id);
    expect((await get()).status).toBe(404);
  });

  it("gives two administrators uploading at the same moment consecutive versions", async () => {
    const other = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const previous = await latestVersion("NATIONAL_STANDARDS");
    const results = await Promise.allSettled([
      asUser(staffAdmin.id, async () => upload(await pdf())),
      asUser(other.id, async () => upload(await pdf())),
    ]);
    expect(results.map((r) => r.status === "rejected" && TO_DOCUMENTS.asymmetricMatch(r.reason))).toEqual([true, true]);
    const versions = await db.programDocument.findMany({
      where: { kind: "NATIONAL_STANDARDS", version: { gt: previous.version } },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => v.version)).toEqual([previous.version + 1, previous.version + 2]);
  });
});

describe("publishing a version", () => {
  it("makes it current and asks organizations that have not submitted to acknowledge again", async () => {
    const fresh = await organizationWithStandardsDone();
    const changesRequested = await organizationWithStandardsDone("CHANGES_REQUESTED");
    const rejected = await organizationWithStandardsDone("REJECTED");
    const submitted = await organizationWithStandardsDone("SUBMITTED");
    const approved = await organizationWithStandardsDone("APPROVED");
    const notStarted = await createOrganization(db);
    for (const o of [fresh, changesRequested, rejected, submitted, approved])
      expect(await stepOf(o.org.id)).toBe("COMPLETE");

    const homePageVersion = async () =>
      (await listPublicProgramDocuments()).find((d) => d.kind === "NATIONAL_STANDARDS")?.version;
    const shownBefore = await homePageVersion();
    const published = await uploadAndPublish(staffAdmin.id);

    const current = await currentProgramDocuments(db);
    expect(current.find((d) => d.kind === "NATIONAL_STANDARDS")?.id).toBe(published.id);
    // The home page's list, kept in memory between requests, has the new version on the very next view.
    expect(shownBefore).toBeLessThan(published.version);
    expect(await homePageVersion()).toBe(published.version);
    for (const o of [fresh, changesRequested, rejected]) {
      expect(await stepOf(o.org.id)).toBe("IN_PROGRESS");
      // The set-based update stores exactly what the checklist's own derivation gives.
      expect(deriveStepStatuses(await loadOnboardingFacts(db, o.org.id)).STANDARDS).toBe("IN_PROGRESS");
      const mail = await db.mailMessage.findMany({
        where: { organizationId: o.org.id, template: "program-document-published" },
      });
      expect(mail.map((m) => m.to).sort()).toEqual([o.owner.email, o.admin.email].sort());
      expect(mail[0]!.subject).toContain(`version ${published.version}`);
      expect(mail[0]!.text).toContain("What happens next");
      expect(mail[0]!.text).toContain("What changed is for you to review");
      expect(mail[0]!.text).toContain("http://localhost:3000/onboarding/standards");
    }
    // With AAMI: untouched. Never acknowledged: nothing to acknowledge again.
    for (const o of [submitted, approved, { org: notStarted.org }]) {
      expect(await db.mailMessage.count({ where: { organizationId: o.org.id } })).toBe(0);
    }
    expect(await stepOf(submitted.org.id)).toBe("COMPLETE");
    expect(await stepOf(approved.org.id)).toBe("COMPLETE");
    expect(await stepOf(notStarted.org.id)).toBeUndefined();

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { kind: "document.published", subjectId: published.id },
    });
    expect(audit).toMatchObject({
      actorId: staffAdmin.id,
      organizationId: null,
      payload: {
        kind: "NATIONAL_STANDARDS",
        version: published.version,
        sha256: published.sha256,
        reopenedSteps: 3,
        notified: 6,
      },
    });

    // New acknowledgements are of the published version; the old one is refused as outdated.
    await signInAs(fresh.owner.id);
    const ack = (documentIds: string[]) =>
      acknowledgeStandards({ documentIds, typedName: "Priya Shah", confirm: "yes" });
    expect(await ack(initial.map((d) => d.id))).toMatchObject({
      ok: false,
      message: expect.stringContaining("newer version"),
    });
    await expect(ack(current.map((d) => d.id))).rejects.toEqual(TO_CHECKLIST);
    expect(await stepOf(fresh.org.id)).toBe("COMPLETE");
    expect(
      await db.standardsAcknowledgement.findFirst({
        where: { organizationId: fresh.org.id, documentId: published.id },
      }),
    ).toMatchObject({ documentVersion: published.version, documentSha256: published.sha256 });

    // Under "changes requested" step 2 reopens for the new version even though AAMI did not comment on it.
    await signInAs(changesRequested.owner.id);
    await expect(ack(current.map((d) => d.id))).rejects.toEqual(TO_CHECKLIST);
    expect(await stepOf(changesRequested.org.id)).toBe("COMPLETE");
  });

  it("keeps a step 2 that AAMI commented on as 'changes requested', as the derivation does", async () => {
    const o = await organizationWithStandardsDone("CHANGES_REQUESTED");
    const submission = await db.submission.findFirstOrThrow({ where: { organizationId: o.org.id } });
    await db.reviewComment.create({
      data: {
        submissionId: submission.id,
        organizationId: o.org.id,
        step: "STANDARDS",
        body: "Please have your new director acknowledge the standards.",
        authorId: reviewer.id,
      },
    });
    await refreshChecklist(db, o.org.id, o.owner.id);
    expect(await stepOf(o.org.id)).toBe("CHANGES_REQUESTED");
    await uploadAndPublish(staffAdmin.id, "TRAINING_OBJECTIVES");
    expect(await stepOf(o.org.id)).toBe("CHANGES_REQUESTED");
    expect(deriveStepStatuses(await loadOnboardingFacts(db, o.org.id)).STANDARDS).toBe("CHANGES_REQUESTED");
    expect(await db.mailMessage.count({ where: { organizationId: o.org.id } })).toBe(2);
  });

  it("emails someone who manages several such organizations once", async () => {
    const a = await organizationWithStandardsDone();
    const b = await organizationWithStandardsDone();
    await db.membership.create({ data: { userId: a.owner.id, organizationId: b.org.id, role: "ADMIN" } });
    await uploadAndPublish(staffAdmin.id);
    const mail = await db.mailMessage.findMany({ where: { to: a.owner.email } });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ template: "program-document-published", organizationId: null, status: "PENDING" });
    expect(await db.mailMessage.count({ where: { organizationId: b.org.id } })).toBe(2);
  });

  it("publishes once when two administrators (or a double click) publish the same version", async () => {
    const o = await organizationWithStandardsDone();
    const other = await createUser(db, { staffRole: "STAFF_ADMIN" });
    await signInAs(staffAdmin.id);
    await expect(upload(await pdf())).rejects.toEqual(TO_DOCUMENTS);
    const draft = await latestVersion("NATIONAL_STANDARDS");
    const results = await Promise.allSettled([
      asUser(staffAdmin.id, () => publish(draft.id)),
      asUser(other.id, () => publish(draft.id)),
      asUser(staffAdmin.id, () => publish(draft.id)),
    ]);
    expect(results.every((r) => r.status === "rejected" && TO_DOCUMENTS.asymmetricMatch(r.reason))).toBe(true);
    expect(await db.auditEvent.count({ where: { kind: "document.published", subjectId: draft.id } })).toBe(1);
    expect(await db.mailMessage.count({ where: { organizationId: o.org.id } })).toBe(2);

    await expect(publish(draft.id)).rejects.toEqual(TO_DOCUMENTS);
    expect(await db.auditEvent.count({ where: { kind: "document.published", subjectId: draft.id } })).toBe(1);
    expect(await db.mailMessage.count({ where: { organizationId: o.org.id } })).toBe(2);
  });

  it("refuses to publish a version older than the current one, and needs the confirmation", async () => {
    await signInAs(staffAdmin.id);
    await expect(upload(await pdf())).rejects.toEqual(TO_DOCUMENTS);
    const older = await latestVersion("NATIONAL_STANDARDS");
    await expect(upload(await pdf())).rejects.toEqual(TO_DOCUMENTS);
    const newer = await latestVersion("NATIONAL_STANDARDS");
    expect(await publishProgramDocument(formData({ documentId: newer.id, confirm: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.stringContaining("Tick the box")] },
    });
    await expect(publish(newer.id)).rejects.toEqual(TO_DOCUMENTS);
    expect(await publish(older.id)).toMatchObject({
      ok: false,
      message: expect.stringContaining(`Version ${newer.version} is already published`),
    });
    expect(await db.programDocument.findUniqueOrThrow({ where: { id: older.id } })).toMatchObject({
      publishedAt: null,
    });
    const page = html(await StaffDocumentsPage());
    expect(page).toContain("Not published (a newer version is current)");
  });
});
