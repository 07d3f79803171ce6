import { beforeAll, describe, expect, it } from "vitest";
import type { ProgramDocument } from "@prisma/client";
import { db } from "@/lib/db";
import { acknowledgeStandards } from "@/lib/onboarding/standards/actions";
import StandardsPage from "@/app/(employer)/onboarding/standards/page";
import { GET as getDocument } from "@/app/api/documents/[documentId]/route";
import { sha256Hex } from "@/lib/storage/hash";
import { createOrganization } from "../support/factories";
import { signInAs } from "../support/sign-in";
import { publishBothDocuments, publishDocument } from "../support/documents";
import { html } from "../support/render";

const TO_CHECKLIST = expect.objectContaining({ digest: expect.stringContaining(";/onboarding;") });
let docs: ProgramDocument[];

beforeAll(async () => {
  docs = await publishBothDocuments(db);
});

const ack = (documentIds: string[], typedName = "Priya Shah") =>
  acknowledgeStandards({ documentIds, typedName, confirm: "yes" });
const stepOf = (organizationId: string) =>
  db.onboardingStep.findUnique({ where: { organizationId_step: { organizationId, step: "STANDARDS" } } });

describe("step 2: acknowledging the standards", () => {
  it("records the exact versions and hashes, who and when, completes the step and audits it", async () => {
    const { org, owner } = await createOrganization(db);
    const other = await createOrganization(db);
    await signInAs(owner.id);
    await expect(ack(docs.map((d) => d.id))).rejects.toEqual(TO_CHECKLIST);

    const rows = await db.standardsAcknowledgement.findMany({
      where: { organizationId: org.id },
      orderBy: { documentVersion: "asc" },
    });
    expect(rows).toHaveLength(2);
    for (const doc of docs) {
      expect(rows).toContainEqual(
        expect.objectContaining({
          documentId: doc.id,
          documentVersion: doc.version,
          documentSha256: doc.sha256,
          userId: owner.id,
          typedName: "Priya Shah",
        }),
      );
    }
    expect(await stepOf(org.id)).toMatchObject({ status: "COMPLETE", completedById: owner.id });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { kind: "standards.acknowledged", organizationId: org.id },
    });
    expect(audit.payload).toMatchObject({
      typedName: "Priya Shah",
      documents: expect.arrayContaining([expect.objectContaining({ sha256: docs[0]!.sha256 })]),
    });
    // Another organization is untouched.
    expect(await stepOf(other.org.id)).toBeNull();
    expect(await db.standardsAcknowledgement.count({ where: { organizationId: other.org.id } })).toBe(0);
  });

  it("shows the step as outdated when AAMI publishes a newer version, and asks for the new one", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    await expect(ack(docs.map((d) => d.id))).rejects.toEqual(TO_CHECKLIST);
    const newer = await publishDocument(db, "NATIONAL_STANDARDS", docs[0]!.version + 100);
    try {
      // Reading the page refreshes nothing by itself: the stored status changes with the next change, but the page
      // compares against the current versions directly.
      const page = html(await StandardsPage());
      expect(page).toContain(`Version ${newer.version} has been published since`);

      const stale = await ack(docs.map((d) => d.id));
      expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("newer version") });
      expect(await db.standardsAcknowledgement.count({ where: { organizationId: org.id } })).toBe(2);

      await expect(ack([newer.id, docs[1]!.id])).rejects.toEqual(TO_CHECKLIST);
      expect(await db.standardsAcknowledgement.count({ where: { organizationId: org.id, documentId: newer.id } })).toBe(
        1,
      );
      expect(await stepOf(org.id)).toMatchObject({ status: "COMPLETE" });
    } finally {
      await db.standardsAcknowledgement.deleteMany({ where: { documentId: newer.id } });
      await db.programDocument.delete({ where: { id: newer.id } });
    }
  });

  it("rejects a missing name or confirmation with messages next to the fields, recording nothing", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    const result = await acknowledgeStandards({
      documentIds: docs.map((d) => d.id),
      typedName: "  ",
      confirm: "no" as "yes",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        typedName: ["Enter your full name."],
        confirm: ["Tick the box to confirm you have read both documents."],
      },
    });
    expect(await db.standardsAcknowledgement.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("is read-only while AAMI reviews a submission", async () => {
    const { org, owner } = await createOrganization(db);
    await db.submission.create({
      data: { organizationId: org.id, version: 1, status: "SUBMITTED", snapshot: {}, submittedById: owner.id },
    });
    await signInAs(owner.id);
    expect(await ack(docs.map((d) => d.id))).toMatchObject({
      ok: false,
      message: expect.stringContaining("read-only"),
    });
    expect(await db.standardsAcknowledgement.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("a double click records one acknowledgement", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    await Promise.allSettled([ack(docs.map((d) => d.id)), ack(docs.map((d) => d.id))]);
    expect(await db.standardsAcknowledgement.count({ where: { organizationId: org.id } })).toBe(2);
  });
});

describe("GET /api/documents/:id", () => {
  const get = (id: string, query = "") =>
    getDocument(new Request(`http://localhost/api/documents/${id}${query}`), {
      params: Promise.resolve({ documentId: id }),
    });

  it("asks anonymous visitors to sign in", async () => {
    expect((await get(docs[0]!.id)).status).toBe(401);
  });

  it("serves the stored PDF, byte for byte, inline or as a download", async () => {
    const { owner } = await createOrganization(db);
    await signInAs(owner.id);
    const inline = await get(docs[0]!.id);
    expect(inline.status).toBe(200);
    expect(inline.headers.get("content-type")).toBe("application/pdf");
    expect(inline.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(sha256Hex(new Uint8Array(await inline.arrayBuffer()))).toBe(docs[0]!.sha256);
    expect((await get(docs[0]!.id, "?download")).headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it("answers 'not found' for unpublished documents and malformed ids", async () => {
    const { owner } = await createOrganization(db);
    const draft = await publishDocument(db, "TRAINING_OBJECTIVES", 999);
    await db.programDocument.update({ where: { id: draft.id }, data: { publishedAt: null } });
    await signInAs(owner.id);
    expect((await get(draft.id)).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
  });
});
