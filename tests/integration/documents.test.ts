import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import type { DocumentKind, ProgramDocument } from "@prisma/client";
import { db } from "@/lib/db";
import { uploadProgramDocument } from "@/lib/documents/actions";
import { currentProgramDocuments } from "@/lib/onboarding/facts";
import { sha256Hex } from "@/lib/storage/hash";
import StaffDocumentsPage from "@/app/(staff)/staff/documents/page";
import { GET as getDocument } from "@/app/api/documents/[documentId]/route";
import { createOrganization, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { html } from "../support/render";
import { asUser, signInAs } from "../support/sign-in";

const TO_DOCUMENTS = expect.objectContaining({ digest: expect.stringContaining(";/staff/documents#document-") });
const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining("404") });

async function pdfBytes(pages = 1) {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage().drawText(`Page ${i + 1}`);
  return doc.save();
}
const pdf = async () => new File([Buffer.from(await pdfBytes())], "standards.pdf", { type: "application/pdf" });

const upload = (file: File, fields: Partial<Record<"kind" | "title", string>> = {}) => {
  const form = formData({ kind: "NATIONAL_STANDARDS", title: "BMET National Standards (2027 edition)", ...fields });
  form.set("file", file);
  return uploadProgramDocument(form);
};
const latestVersion = async (kind: DocumentKind) =>
  db.programDocument.findFirstOrThrow({ where: { kind }, orderBy: { version: "desc" } });

let staffAdmin: { id: string };
let reviewer: { id: string };
let initial: ProgramDocument[];
beforeAll(async () => {
  initial = await publishBothDocuments(db);
  staffAdmin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
});

describe("/staff/documents: who may use it", () => {
  it("is for staff administrators: reviewers and employers get 'not found' and their actions are refused", async () => {
    const { owner } = await createOrganization(db);
    const before = await db.programDocument.count();
    for (const [userId, message] of [
      [reviewer.id, "This needs an AAMI staff administrator."],
      [owner.id, expect.stringContaining("could not find")],
    ] as const) {
      await signInAs(userId);
      await expect(StaffDocumentsPage()).rejects.toEqual(NOT_FOUND);
      expect(await upload(await pdf())).toMatchObject({ ok: false, message });
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
