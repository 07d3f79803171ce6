import { beforeAll, describe, expect, it } from "vitest";
import { POST as downloadAami } from "@/app/api/training/completions/[completionId]/certificate/route";
import { POST as downloadDol } from "@/app/api/training/completions/[completionId]/dol-certificate/route";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/storage/hash";
import { uploadDolCertificate } from "@/lib/training/certificates/actions";
import { findCertificateByCode } from "@/lib/training/certificates/data";
import { isoDay } from "@/lib/training/weeks";
import { verifiedCompletion } from "../support/completions";
import { addMember, createUser } from "../support/factories";
import { formData } from "../support/form";
import { upload } from "../support/images";
import { pdfText } from "../support/pdf-text";
import { asUser } from "../support/sign-in";
import { inTraining, NOT_FOUND, outcome, outsidersOf, pdfBytes, redirectTo } from "../support/training";

// Certificates (issue 17, point 7): AAMI's own certificate of a verified completion, built on demand and confirmed by
// its code at /verify/<code>; DOL's certificate, uploaded by AAMI staff when the Registration Agency issues it, then
// downloaded by the apprentice and the employer. Real actions and routes against Postgres, signed in through Auth.js.

const APP_ORIGIN = "http://localhost:3000"; // APP_URL in tests/support/integration-setup.ts

let reviewer: string;
let admin: string;
beforeAll(async () => {
  reviewer = (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id;
  admin = (await createUser(db, { staffRole: "STAFF_ADMIN" })).id;
});

/** An apprentice in training whose completion AAMI verified, with their mentor, owner and a member. */
async function completed() {
  const t = await inTraining();
  const member = await addMember(db, t.org.id, "MEMBER");
  const completion = await verifiedCompletion(db, t.apprentice, { requestedById: t.owner.id, decidedById: reviewer });
  return { ...t, member: member.user.id, completion };
}

const post =
  (route: typeof downloadAami, path: string) =>
  (completionId: string, origin: string | null = APP_ORIGIN) =>
    route(
      new Request(`${APP_ORIGIN}/api/training/completions/${completionId}/${path}`, {
        method: "POST",
        headers: origin === null ? {} : { origin },
      }),
      { params: Promise.resolve({ completionId }) },
    );
const postAami = post(downloadAami, "certificate");
const postDol = post(downloadDol, "dol-certificate");

const uploadForm = (completionId: string, rowVersion: number, file: File) => {
  const form = formData({ completionId, rowVersion: String(rowVersion) });
  form.set("certificate", file);
  return form;
};
const aPdf = async () =>
  upload(await pdfBytes("Certificate of Completion of Apprenticeship"), "dol.pdf", "application/pdf");
const uploaded = (apprenticeId: string) =>
  redirectTo(`/staff/apprentices/${apprenticeId}?done=dol-certificate#certificates`);

/** What a refused upload must leave as it was. */
async function writesOf(organizationId: string) {
  return {
    completions: await db.completion.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    files: await db.storedFile.count({ where: { organizationId } }),
    events: await db.auditEvent.count({ where: { organizationId } }),
    mail: await db.mailMessage.count({ where: { organizationId } }),
  };
}
const audits = (kind: string, subjectId: string) =>
  db.auditEvent.findMany({ where: { kind, subjectId }, orderBy: { createdAt: "asc" } });

describe("AAMI's certificate of completion", () => {
  it("is downloaded by POST by the record's readers and AAMI staff, reads back with the name and code, and is audited", async () => {
    const t = await completed();
    const { completion } = t;
    await db.credential.create({
      data: {
        organizationId: t.org.id,
        apprenticeId: t.apprentice.id,
        kind: "CABT",
        earnedOn: new Date("2026-05-20T00:00:00.000Z"),
        evidenceFileId: (
          await db.storedFile.create({
            data: {
              organizationId: t.org.id,
              filename: "e.pdf",
              contentType: "application/pdf",
              byteSize: 1,
              sha256: "x",
            },
          })
        ).id,
        enteredById: t.apprenticeUser,
        verifiedAt: new Date(Date.now() - 60_000),
        verifiedById: reviewer,
      },
    });
    const readers = [t.apprenticeUser, t.mentorUser, t.owner.id, t.member, reviewer, admin];
    const bodies: string[] = [];
    for (const userId of readers) {
      const response = await asUser(userId, () => postAami(completion.id));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="aami-certificate-${completion.certificateCode}.pdf"`,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      bodies.push(sha256Hex(bytes));
      const text = pdfText(bytes);
      expect(text).toContain(`${t.apprentice.firstName} ${t.apprentice.lastName}`);
      expect(text).toContain(`Verification code ${completion.certificateCode}`);
      expect(text).toContain(`${APP_ORIGIN}/verify/${completion.certificateCode}`);
      expect(text).toContain("On-the-job learning 6,000 hours");
      expect(text).toContain("CABT (earned May 20, 2026)");
    }
    // The same certificate for everyone, every time.
    expect(new Set(bodies).size).toBe(1);
    expect(
      (await audits("training.aami_certificate_downloaded", completion.id)).map((e) => [e.actorId, e.payload]),
    ).toEqual(readers.map((actorId) => [actorId, { apprenticeId: t.apprentice.id, code: completion.certificateCode }]));

    // Another site's page, or no Origin at all: refused before anything is read or recorded.
    const events = await db.auditEvent.count({ where: { organizationId: t.org.id } });
    for (const origin of ["https://attacker.example", null]) {
      expect((await asUser(t.apprenticeUser, () => postAami(completion.id, origin))).status, String(origin)).toBe(403);
    }
    expect(await db.auditEvent.count({ where: { organizationId: t.org.id } })).toBe(events);
  });

  it("answers 'not found' to anyone outside the record, and for a completion not verified", async () => {
    const t = await completed();
    const { users } = await outsidersOf(t);
    const before = await writesOf(t.org.id);
    for (const [who, userId] of Object.entries(users)) {
      const response = await asUser(userId, () => postAami(t.completion.id));
      expect(response.status, who).toBe(404);
      expect(await response.text(), who).toBe("Not found.");
    }
    // A request still waiting for AAMI has no certificate, whoever asks.
    const waiting = await inTraining();
    const requested = await db.completion.create({
      data: {
        organizationId: waiting.org.id,
        apprenticeId: waiting.apprentice.id,
        completedOn: new Date(`${isoDay(new Date())}T00:00:00.000Z`),
        requestedById: waiting.owner.id,
        checklist: {},
      },
    });
    for (const userId of [waiting.apprenticeUser, waiting.owner.id, reviewer]) {
      expect((await asUser(userId, () => postAami(requested.id))).status).toBe(404);
      expect((await asUser(userId, () => postDol(requested.id))).status).toBe(404);
    }
    expect((await asUser(t.apprenticeUser, () => postAami("not-an-id"))).status).toBe(404);
    expect((await asUser(t.apprenticeUser, () => postAami("cnotacompletionatall00000"))).status).toBe(404);
    expect(await writesOf(t.org.id)).toEqual(before);
  });

  it("is confirmed by its code, in any case, with the name and the day only; other codes find nothing", async () => {
    const t = await completed();
    const code = t.completion.certificateCode;
    const found = {
      code,
      name: `${t.apprentice.firstName} ${t.apprentice.lastName}`,
      completedOn: t.completion.completedOn,
    };
    expect(await findCertificateByCode(code)).toEqual(found);
    expect(await findCertificateByCode(` ${code.toLowerCase()} `)).toEqual(found);
    for (const other of ["ABCDE-FGHJK", "not-a-code", "", "22222-2222", "' OR 1=1 --", code.replace("-", "")]) {
      expect(await findCertificateByCode(other), other).toBeNull();
    }
  });
});

describe("DOL's certificate", () => {
  it("is uploaded by AAMI staff once the completion is verified: stored, attached, audited and emailed", async () => {
    const t = await completed();
    const adminOfOrg = await addMember(db, t.org.id, "ADMIN");
    const bytes = await pdfBytes("Certificate of Completion of Apprenticeship");
    const file = upload(bytes, "Certificate.pdf", "application/pdf");
    await expect(asUser(reviewer, () => uploadDolCertificate(uploadForm(t.completion.id, 0, file)))).rejects.toEqual(
      uploaded(t.apprentice.id),
    );
    const row = await db.completion.findUniqueOrThrow({ where: { id: t.completion.id } });
    expect(row).toMatchObject({
      dolCertificateUploadedAt: expect.any(Date),
      dolCertificateUploadedById: reviewer,
      rowVersion: 1,
      status: "VERIFIED",
      certificateCode: t.completion.certificateCode,
    });
    const stored = await db.storedFile.findUniqueOrThrow({ where: { id: row.dolCertificateFileId! } });
    expect(stored).toMatchObject({
      organizationId: t.org.id,
      contentType: "application/pdf",
      sha256: sha256Hex(bytes),
    });
    expect(await audits("training.dol_certificate_uploaded", t.completion.id)).toEqual([
      expect.objectContaining({
        organizationId: t.org.id,
        actorId: reviewer,
        payload: { apprenticeId: t.apprentice.id, sha256: sha256Hex(bytes), filename: "Certificate.pdf" },
      }),
    ]);
    const apprenticeEmail = (await db.user.findUniqueOrThrow({ where: { id: t.apprenticeUser } })).email;
    const mail = await db.mailMessage.findMany({
      where: { organizationId: t.org.id, template: "training-dol-certificate" },
    });
    expect(mail.map((m) => m.to).sort()).toEqual(
      [t.owner.email, adminOfOrg.user.email, apprenticeEmail].map((e) => e.toLowerCase()).sort(),
    );
    expect(mail[0]).toMatchObject({
      subject: `${t.apprentice.firstName} ${t.apprentice.lastName}'s Certificate of Completion of Apprenticeship is ready to download`,
      text: expect.stringContaining(`/training/${t.apprentice.id}/status#certificates`),
    });

    // Once attached it stands: a second upload is refused, and the database allows no other change.
    const before = await writesOf(t.org.id);
    expect(
      await asUser(admin, async () => uploadDolCertificate(uploadForm(t.completion.id, 1, await aPdf()))),
    ).toMatchObject({
      ok: false,
      message: "DOL's certificate was already uploaded. Reload the page to see it.",
    });
    const other = await db.storedFile.create({
      data: { organizationId: t.org.id, filename: "x.pdf", contentType: "application/pdf", byteSize: 1, sha256: "y" },
    });
    for (const data of [
      { dolCertificateFileId: other.id },
      { dolCertificateFileId: null, dolCertificateUploadedAt: null, dolCertificateUploadedById: null },
      { certificateOjlHours: 1 },
    ]) {
      await expect(
        db.completion.update({ where: { id: t.completion.id }, data }),
        JSON.stringify(data),
      ).rejects.toThrow(/was decided and cannot change/);
    }
    await expect(db.completion.delete({ where: { id: t.completion.id } })).rejects.toThrow(/cannot be deleted/);
    await db.storedFile.delete({ where: { id: other.id } });
    expect(await writesOf(t.org.id)).toEqual(before);
  });

  it("refuses a file that is not a PDF that opens, a page out of date, and a completion not verified, writing nothing", async () => {
    const t = await completed();
    const before = await writesOf(t.org.id);
    const notPdf = "That file is not a PDF we can open. Upload the certificate as the Registration Agency sent it.";
    const refusals: Array<[string, FormData, object]> = [
      [
        "no file",
        uploadForm(t.completion.id, 0, new File([], "")),
        { fieldErrors: { certificate: ["Choose DOL's certificate (a PDF file)."] } },
      ],
      [
        "a file of another kind by its name",
        uploadForm(t.completion.id, 0, upload("notes", "notes.txt", "text/plain")),
        { fieldErrors: { certificate: ["Upload the certificate as a PDF file."] } },
      ],
      [
        "text named .pdf",
        uploadForm(t.completion.id, 0, upload("not a PDF at all", "dol.pdf", "application/pdf")),
        { fieldErrors: { certificate: [notPdf] } },
      ],
      [
        "a PDF that does not open",
        uploadForm(t.completion.id, 0, upload("%PDF-1.7 and then nothing", "dol.pdf", "application/pdf")),
        { fieldErrors: { certificate: [notPdf] } },
      ],
      [
        "a page out of date",
        uploadForm(t.completion.id, 3, await aPdf()),
        { message: "Someone uploaded DOL's certificate meanwhile. Reload the page to see it." },
      ],
    ];
    for (const [what, form, refusal] of refusals) {
      expect(await asUser(reviewer, () => uploadDolCertificate(form)), what).toMatchObject({ ok: false, ...refusal });
    }
    expect(await writesOf(t.org.id)).toEqual(before);

    // Before AAMI verified the completion (a request still waiting), there is nothing to attach it to.
    const waiting = await inTraining();
    const requested = await db.completion.create({
      data: {
        organizationId: waiting.org.id,
        apprenticeId: waiting.apprentice.id,
        completedOn: new Date(`${isoDay(new Date())}T00:00:00.000Z`),
        requestedById: waiting.owner.id,
        checklist: {},
      },
    });
    const beforeWaiting = await writesOf(waiting.org.id);
    expect(
      await asUser(reviewer, async () => uploadDolCertificate(uploadForm(requested.id, 0, await aPdf()))),
    ).toMatchObject({
      ok: false,
      message: "AAMI has not verified this completion: DOL's certificate is uploaded once the completion is verified.",
    });
    expect(await writesOf(waiting.org.id)).toEqual(beforeWaiting);
  });

  it("lets one of two staff uploading at once win; the other is told, and leaves no file behind", async () => {
    const t = await completed();
    const files = await db.storedFile.count({ where: { organizationId: t.org.id } });
    const forms = await Promise.all([0, 1].map(async () => uploadForm(t.completion.id, 0, await aPdf())));
    const outcomes = await Promise.all(
      [reviewer, admin].map((userId, i) => asUser(userId, () => outcome(uploadDolCertificate(forms[i]!)))),
    );
    expect(outcomes).toEqual(
      expect.arrayContaining([
        `/staff/apprentices/${t.apprentice.id}?done=dol-certificate#certificates`,
        expect.objectContaining({ ok: false, message: expect.stringMatching(/Reload the page to see it\.$/) }),
      ]),
    );
    expect(await db.storedFile.count({ where: { organizationId: t.org.id } })).toBe(files + 1);
    expect(
      await db.auditEvent.count({ where: { subjectId: t.completion.id, kind: "training.dol_certificate_uploaded" } }),
    ).toBe(1);
  });

  it("is uploaded by AAMI staff only: anyone else is answered 'not found'", async () => {
    const t = await completed();
    const { users } = await outsidersOf(t);
    const before = await writesOf(t.org.id);
    for (const [who, userId] of Object.entries({
      ...users,
      "the apprentice": t.apprenticeUser,
      "the mentor": t.mentorUser,
      "the owner": t.owner.id,
    })) {
      expect(
        await asUser(userId, async () => uploadDolCertificate(uploadForm(t.completion.id, 0, await aPdf()))),
        who,
      ).toMatchObject(NOT_FOUND);
    }
    expect(
      await asUser(reviewer, async () =>
        uploadDolCertificate(uploadForm("cnotacompletionatall00000", 0, await aPdf())),
      ),
    ).toMatchObject(NOT_FOUND);
    expect(await writesOf(t.org.id)).toEqual(before);
  });

  it("is downloaded by the apprentice, the employer's members and AAMI staff once uploaded; not by the mentor or outsiders", async () => {
    const t = await completed();
    // Nothing to download before it arrives.
    for (const userId of [t.apprenticeUser, t.owner.id, reviewer]) {
      expect((await asUser(userId, () => postDol(t.completion.id))).status).toBe(404);
    }
    const bytes = await pdfBytes("Certificate of Completion of Apprenticeship");
    await expect(
      asUser(admin, () =>
        uploadDolCertificate(uploadForm(t.completion.id, 0, upload(bytes, "dol.pdf", "application/pdf"))),
      ),
    ).rejects.toEqual(uploaded(t.apprentice.id));
    const readers = [t.apprenticeUser, t.owner.id, t.member, reviewer, admin];
    for (const userId of readers) {
      const response = await asUser(userId, () => postDol(t.completion.id));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="dol-certificate-of-completion.pdf"',
      );
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    }
    expect(
      (await audits("training.dol_certificate_downloaded", t.completion.id)).map((e) => [e.actorId, e.payload]),
    ).toEqual(readers.map((actorId) => [actorId, { apprenticeId: t.apprentice.id, sha256: sha256Hex(bytes) }]));
    const { users } = await outsidersOf(t);
    const events = await db.auditEvent.count({ where: { organizationId: t.org.id } });
    for (const [who, userId] of Object.entries({ ...users, "the mentor (not a member)": t.mentorUser })) {
      expect((await asUser(userId, () => postDol(t.completion.id))).status, who).toBe(404);
    }
    expect((await asUser(t.apprenticeUser, () => postDol(t.completion.id, "https://attacker.example"))).status).toBe(
      403,
    );
    expect(await db.auditEvent.count({ where: { organizationId: t.org.id } })).toBe(events);
  });
});
