import type { CredentialKind } from "@prisma/client";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as downloadEvidence } from "@/app/api/training/credentials/[credentialId]/route";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/storage/hash";
import {
  enterTrainingCredential,
  returnApprenticeCredential,
  verifyApprenticeCredential,
} from "@/lib/training/credentials/actions";
import { listCredentialsWaiting, loadCredentials } from "@/lib/training/credentials/data";
import { addDays, isoDay } from "@/lib/training/weeks";
import { addMember, createUser } from "../support/factories";
import { formData } from "../support/form";
import { drawImage, upload } from "../support/images";
import { asUser } from "../support/sign-in";
import { inTraining, NOT_FOUND, outcome, outsidersOf, pdfBytes, redirectTo, weeksAgo } from "../support/training";

// Training to completion, credentials (issue 17, point 6): the apprentice, or an owner or admin for them, enters
// CABT, IT Fundamentals or CBET candidate status with the day it was earned and the certificate as evidence; AAMI
// staff verify it or return it with a reason, and a returned one is entered again. Real actions against Postgres,
// signed in through Auth.js; the evidence route is called as Next would.

const APP_ORIGIN = "http://localhost:3000"; // APP_URL in tests/support/integration-setup.ts
const FIX_FIELDS = "Please correct the highlighted fields.";

let reviewer: string;
let admin: string;
beforeAll(async () => {
  reviewer = (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id;
  admin = (await createUser(db, { staffRole: "STAFF_ADMIN" })).id;
});

/** The credential form as the credentials page posts it: CABT, earned last week, with a PDF, unless said otherwise. */
async function credentialForm(apprenticeId: string, fields: Record<string, string> = {}, evidence?: File) {
  const form = formData({ apprenticeId, kind: "CABT", earnedOn: isoDay(weeksAgo(1)), ...fields });
  form.set("evidence", evidence ?? upload(await pdfBytes("CABT certificate"), "cabt.pdf", "application/pdf"));
  return form;
}
const entered = (apprenticeId: string) => redirectTo(`/training/${apprenticeId}/credentials?done=entered`);
const decided = (apprenticeId: string, done: "verified" | "returned") =>
  redirectTo(`/staff/apprentices/${apprenticeId}?done=credential-${done}#credentials`);

/** Enters a credential as this user and expects it done; returns the standing credential of that kind. */
async function enteredAs(userId: string, apprenticeId: string, fields: Record<string, string> = {}, evidence?: File) {
  const form = await credentialForm(apprenticeId, fields, evidence);
  await expect(asUser(userId, () => enterTrainingCredential(form))).rejects.toEqual(entered(apprenticeId));
  return db.credential.findFirstOrThrow({
    where: { apprenticeId, kind: (fields.kind ?? "CABT") as CredentialKind, returnedAt: null },
  });
}
const verify = (credentialId: string) => verifyApprenticeCredential(formData({ credentialId }));
const sendBack = (credentialId: string, reason = "The certificate shows another person's name.") =>
  returnApprenticeCredential(formData({ credentialId, reason }));

/** The evidence route as a browser posts it from a page of the portal (same origin unless said otherwise). */
const postEvidence = (credentialId: string, origin: string | null = APP_ORIGIN) =>
  downloadEvidence(
    new Request(`${APP_ORIGIN}/api/training/credentials/${credentialId}`, {
      method: "POST",
      headers: origin === null ? {} : { origin },
    }),
    { params: Promise.resolve({ credentialId }) },
  );

/** What a refused write must leave as it was. */
async function writesOf(organizationId: string) {
  return {
    credentials: await db.credential.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    files: await db.storedFile.count({ where: { organizationId } }),
    events: await db.auditEvent.count({ where: { organizationId, kind: { startsWith: "training." } } }),
    mail: await db.mailMessage.count({ where: { organizationId } }),
  };
}
const audits = (kind: string, subjectId: string) =>
  db.auditEvent.findMany({ where: { kind, subjectId }, orderBy: { createdAt: "asc" } });
const decisionMail = (organizationId: string) =>
  db.mailMessage.findMany({
    where: { organizationId, template: "training-credential-decided" },
    orderBy: { to: "asc" },
  });

describe("entering a credential", () => {
  it("records the kind, the day and a PDF as evidence, by the apprentice or an owner or admin, and audits it", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const pdf = await pdfBytes("CABT certificate");
    const earnedOn = isoDay(weeksAgo(1));
    const cabt = await enteredAs(t.apprenticeUser, id, { earnedOn }, upload(pdf, "cabt.pdf", "application/pdf"));
    expect(cabt).toMatchObject({
      organizationId: t.org.id,
      kind: "CABT",
      earnedOn: new Date(`${earnedOn}T00:00:00.000Z`),
      enteredById: t.apprenticeUser,
      verifiedAt: null,
      returnedAt: null,
    });
    // A PDF is kept exactly as uploaded.
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: cabt.evidenceFileId } });
    expect(file).toMatchObject({ organizationId: t.org.id, contentType: "application/pdf", sha256: sha256Hex(pdf) });
    expect(await audits("training.credential_entered", cabt.id)).toEqual([
      expect.objectContaining({
        organizationId: t.org.id,
        actorId: t.apprenticeUser,
        payload: { apprenticeId: id, credential: "CABT", earnedOn, evidenceSha256: sha256Hex(pdf) },
      }),
    ]);

    // An owner and an admin enter the others for the apprentice; a photo is kept only as a fresh PNG.
    const owner = await enteredAs(t.owner.id, id, { kind: "IT_FUNDAMENTALS" });
    const adminOfOrg = await addMember(db, t.org.id, "ADMIN");
    const photo = await drawImage("jpeg", 40, 30, "hidden-exif-note");
    const cbet = await enteredAs(adminOfOrg.user.id, id, { kind: "CBET_CANDIDATE" }, upload(photo, "cbet.jpg"));
    expect(owner.enteredById).toBe(t.owner.id);
    const stored = await db.storedFile.findUniqueOrThrow({ where: { id: cbet.evidenceFileId } });
    expect(stored.contentType).toBe("image/png");
    expect(Buffer.from(stored.data!).includes("hidden-exif-note")).toBe(false);

    expect((await loadCredentials(id)).map((c) => [c.kind, c.status])).toEqual([
      ["CABT", "waiting"],
      ["IT_FUNDAMENTALS", "waiting"],
      ["CBET_CANDIDATE", "waiting"],
    ]);
    // Entering writes no email: AAMI's decision does.
    expect(await decisionMail(t.org.id)).toEqual([]);
  });

  it("refuses each impossible entry next to its field, and writes nothing", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const before = await writesOf(t.org.id);
    const noFile = new File([], "", { type: "application/octet-stream" });
    const refusals: Array<[string, FormData, Record<string, string[]>]> = [
      [
        "a day to come",
        await credentialForm(id, { earnedOn: isoDay(addDays(new Date(), 1)) }),
        { earnedOn: ["That day has not come yet: enter the credential once it is earned."] },
      ],
      [
        "no day",
        await credentialForm(id, { earnedOn: "" }),
        { earnedOn: ["Enter the day the credential was earned."] },
      ],
      [
        "a day that does not exist",
        await credentialForm(id, { earnedOn: "2026-02-30" }),
        { earnedOn: ["Enter the day as a date, like 2027-05-20."] },
      ],
      ["an unknown kind", await credentialForm(id, { kind: "CCNA" }), { kind: ["Choose the credential."] }],
      ["no file", await credentialForm(id, {}, noFile), { evidence: ["Attach the certificate: a PDF or a photo."] }],
      [
        "a file of another kind by its name",
        await credentialForm(id, {}, upload("notes", "notes.txt", "text/plain")),
        { evidence: ["Attach a PDF or a photo (PNG, JPEG or WebP)."] },
      ],
      [
        "text named .pdf",
        await credentialForm(id, {}, upload("just some notes, not a PDF", "cabt.pdf", "application/pdf")),
        { evidence: ["Attach a PDF or a photo (PNG, JPEG or WebP)."] },
      ],
      [
        "a PDF that does not open",
        await credentialForm(id, {}, upload("%PDF-1.7 and then nothing", "cabt.pdf", "application/pdf")),
        { evidence: ["That PDF could not be opened. Attach another copy."] },
      ],
    ];
    for (const [what, form, fieldErrors] of refusals) {
      const result = await asUser(t.apprenticeUser, () => enterTrainingCredential(form));
      expect(result, what).toMatchObject({ ok: false, fieldErrors });
      if (!("evidence" in fieldErrors)) expect(result, what).toMatchObject({ message: FIX_FIELDS });
    }
    expect(await writesOf(t.org.id)).toEqual(before);
  });

  it("is refused to the mentor and a member, who see the record but do not enter for the apprentice", async () => {
    const t = await inTraining();
    const member = await addMember(db, t.org.id, "MEMBER");
    const before = await writesOf(t.org.id);
    for (const userId of [t.mentorUser, member.user.id]) {
      expect(await asUser(userId, async () => enterTrainingCredential(await credentialForm(t.apprentice.id)))).toEqual({
        ok: false,
        message:
          "Credentials are entered by the apprentice, or by an owner or admin of their organization on their behalf.",
        fieldErrors: {},
        values: expect.anything(),
      });
    }
    expect(await writesOf(t.org.id)).toEqual(before);
  });

  it("stands once per kind: a second entry is refused, one after the other or at the same moment", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    await enteredAs(t.apprenticeUser, id);
    const before = await writesOf(t.org.id);
    const waiting = { ok: false, fieldErrors: { kind: ["CABT is already entered and waits for AAMI."] } };
    expect(await asUser(t.owner.id, async () => enterTrainingCredential(await credentialForm(id)))).toMatchObject(
      waiting,
    );
    expect(await writesOf(t.org.id)).toEqual(before);

    // The apprentice and the owner at once: one stands, the other is refused and leaves no file behind.
    const forms = await Promise.all([0, 1].map(() => credentialForm(id, { kind: "IT_FUNDAMENTALS" })));
    const outcomes = await Promise.all(
      [t.apprenticeUser, t.owner.id].map((userId, i) =>
        asUser(userId, () => outcome(enterTrainingCredential(forms[i]!))),
      ),
    );
    expect(outcomes).toEqual(
      expect.arrayContaining([
        `/training/${id}/credentials?done=entered`,
        expect.objectContaining({
          ok: false,
          fieldErrors: { kind: ["IT Fundamentals is already entered and waits for AAMI."] },
        }),
      ]),
    );
    expect(await db.credential.count({ where: { apprenticeId: id, kind: "IT_FUNDAMENTALS" } })).toBe(1);
    expect(await db.storedFile.count({ where: { organizationId: t.org.id } })).toBe(before.files + 1);

    // The database holds the same line without the action's check.
    const file = await db.storedFile.findFirstOrThrow({ where: { organizationId: t.org.id } });
    await expect(
      db.credential.create({
        data: {
          organizationId: t.org.id,
          apprenticeId: id,
          kind: "CABT",
          earnedOn: weeksAgo(2),
          evidenceFileId: file.id,
          enteredById: t.owner.id,
        },
      }),
    ).rejects.toThrow(/Unique constraint/);
  });
});

describe("AAMI verifies or returns a credential", () => {
  it("verifies it: audited, emailed to the owners, the admins and the apprentice, and shown as verified", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const adminOfOrg = await addMember(db, t.org.id, "ADMIN");
    await addMember(db, t.org.id, "MEMBER");
    const cabt = await enteredAs(t.apprenticeUser, id);
    expect((await asUser(reviewer, () => listCredentialsWaiting(1))).credentials.map((c) => c.id)).toContain(cabt.id);

    await expect(asUser(reviewer, () => verify(cabt.id))).rejects.toEqual(decided(id, "verified"));
    expect(await db.credential.findUniqueOrThrow({ where: { id: cabt.id } })).toMatchObject({
      verifiedAt: expect.any(Date),
      verifiedById: reviewer,
      returnedAt: null,
    });
    expect(await audits("training.credential_verified", cabt.id)).toEqual([
      expect.objectContaining({
        organizationId: t.org.id,
        actorId: reviewer,
        payload: { apprenticeId: id, credential: "CABT" },
      }),
    ]);
    const apprenticeEmail = (await db.user.findUniqueOrThrow({ where: { id: t.apprenticeUser } })).email;
    const mail = await decisionMail(t.org.id);
    expect(mail.map((m) => m.to).sort()).toEqual(
      [t.owner.email, adminOfOrg.user.email, apprenticeEmail].map((e) => e.toLowerCase()).sort(),
    );
    expect(mail[0]).toMatchObject({
      subject: `CABT verified for ${t.apprentice.firstName} ${t.apprentice.lastName}`,
      text: expect.stringContaining(`/training/${id}/credentials`),
    });
    expect((await loadCredentials(id))[0]).toMatchObject({ kind: "CABT", status: "verified" });
    expect((await asUser(reviewer, () => listCredentialsWaiting(1))).credentials.map((c) => c.id)).not.toContain(
      cabt.id,
    );

    // Verified, it stands: no second entry, no return, and the database allows no change and no deletion.
    const before = await writesOf(t.org.id);
    expect(await asUser(t.apprenticeUser, async () => enterTrainingCredential(await credentialForm(id)))).toMatchObject(
      { ok: false, fieldErrors: { kind: ["CABT is already verified by AAMI."] } },
    );
    expect(await asUser(admin, () => sendBack(cabt.id))).toMatchObject({
      ok: false,
      message: "This credential was already verified by AAMI staff. Reload the page to see it.",
    });
    for (const data of [{ earnedOn: weeksAgo(3) }, { verifiedAt: null, verifiedById: null }]) {
      await expect(db.credential.update({ where: { id: cabt.id }, data }), JSON.stringify(data)).rejects.toThrow(
        /cannot change or be deleted/,
      );
    }
    await expect(db.credential.delete({ where: { id: cabt.id } })).rejects.toThrow(/cannot change or be deleted/);
    expect(await writesOf(t.org.id)).toEqual(before);
  });

  it("returns it with a reason the employer and the apprentice read, and it is entered again", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const first = await enteredAs(t.apprenticeUser, id, { kind: "CBET_CANDIDATE" });
    const reason = "The letter does not show the candidate status date.";
    await expect(asUser(admin, () => sendBack(first.id, reason))).rejects.toEqual(decided(id, "returned"));
    expect(await db.credential.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      returnedAt: expect.any(Date),
      returnedById: admin,
      returnReason: reason,
      verifiedAt: null,
    });
    expect(await audits("training.credential_returned", first.id)).toEqual([
      expect.objectContaining({ actorId: admin, payload: { apprenticeId: id, credential: "CBET_CANDIDATE", reason } }),
    ]);
    const mail = await decisionMail(t.org.id);
    expect(mail).toHaveLength(2);
    expect(mail[0]).toMatchObject({
      subject: `CBET candidate status sent back for ${t.apprentice.firstName} ${t.apprentice.lastName}: please enter it again`,
      text: expect.stringContaining(reason),
    });
    expect((await loadCredentials(id))[2]).toMatchObject({
      kind: "CBET_CANDIDATE",
      status: "returned",
      credential: expect.objectContaining({ id: first.id, returnReason: reason }),
    });
    // A returned credential is a record too.
    await expect(db.credential.update({ where: { id: first.id }, data: { returnReason: "Edited." } })).rejects.toThrow(
      /cannot change or be deleted/,
    );

    // Entered again: a new row beside the returned one, waiting again; verifying it makes it stand.
    const again = await enteredAs(t.owner.id, id, { kind: "CBET_CANDIDATE" });
    expect(again.id).not.toBe(first.id);
    expect((await loadCredentials(id))[2]).toMatchObject({ status: "waiting", credential: { id: again.id } });
    await expect(asUser(reviewer, () => verify(again.id))).rejects.toEqual(decided(id, "verified"));
    expect((await loadCredentials(id))[2]).toMatchObject({ status: "verified", credential: { id: again.id } });
    expect(await db.credential.count({ where: { apprenticeId: id } })).toBe(2);
  });

  it("lets one of two staff deciding at once win; the other is told, and nothing of theirs is written", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    // Both verify one; one verifies and the other returns the next.
    for (const [kind, second] of [
      ["CABT", verify],
      ["IT_FUNDAMENTALS", (credentialId: string) => sendBack(credentialId)],
    ] as const) {
      const credential = await enteredAs(t.apprenticeUser, id, { kind });
      const outcomes = await Promise.all([
        asUser(reviewer, () => outcome(verify(credential.id))),
        asUser(admin, () => outcome(second(credential.id))),
      ]);
      const won = outcomes.filter((o) => typeof o === "string");
      const lost = outcomes.filter((o) => typeof o !== "string");
      expect(won, kind).toHaveLength(1);
      expect(lost, kind).toEqual([
        expect.objectContaining({
          ok: false,
          message: expect.stringMatching(/^This credential was already (verified|returned) by AAMI staff\./),
        }),
      ]);
      const row = await db.credential.findUniqueOrThrow({ where: { id: credential.id } });
      expect(row.verifiedAt === null, kind).not.toBe(row.returnedAt === null);
      const events = await db.auditEvent.count({
        where: {
          subjectId: credential.id,
          kind: { in: ["training.credential_verified", "training.credential_returned"] },
        },
      });
      expect(events, kind).toBe(1);
    }
    // One decision each, one email to each recipient (the owner and the apprentice) per decision.
    expect(await decisionMail(t.org.id)).toHaveLength(4);
  });

  it("is for AAMI staff only: anyone else is answered 'not found', and an unknown credential too", async () => {
    const t = await inTraining();
    const cabt = await enteredAs(t.apprenticeUser, t.apprentice.id);
    const { users } = await outsidersOf(t);
    const before = await writesOf(t.org.id);
    for (const [who, userId] of Object.entries({
      ...users,
      "the apprentice": t.apprenticeUser,
      "the mentor": t.mentorUser,
      "the owner": t.owner.id,
    })) {
      await asUser(userId, async () => {
        expect(await verify(cabt.id), who).toMatchObject(NOT_FOUND);
        expect(await sendBack(cabt.id), who).toMatchObject(NOT_FOUND);
      });
    }
    expect(await asUser(reviewer, () => verify("cnotacredentialatall000000"))).toMatchObject(NOT_FOUND);
    expect(await asUser(reviewer, () => sendBack(cabt.id, ""))).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(await writesOf(t.org.id)).toEqual(before);
  });
});

describe("who reaches credentials and their evidence", () => {
  it("answers 'not found' to another tenant, another apprentice and another mentor's apprentice", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const cabt = await enteredAs(t.apprenticeUser, id);
    const { users, sameOrg } = await outsidersOf(t);
    const before = await writesOf(t.org.id);
    for (const [who, userId] of Object.entries(users)) {
      await asUser(userId, async () => {
        expect(await enterTrainingCredential(await credentialForm(id, { kind: "IT_FUNDAMENTALS" })), who).toMatchObject(
          NOT_FOUND,
        );
        const response = await postEvidence(cabt.id);
        expect(response.status, who).toBe(404);
        expect(await response.text(), who).toBe("Not found.");
      });
    }
    // AAMI staff do not enter credentials for an apprentice (they verify them).
    expect(
      await asUser(reviewer, async () =>
        enterTrainingCredential(await credentialForm(id, { kind: "IT_FUNDAMENTALS" })),
      ),
    ).toMatchObject(NOT_FOUND);
    expect(await asUser(t.apprenticeUser, () => postEvidence("not-an-id"))).toMatchObject({ status: 404 });
    expect(await writesOf(t.org.id)).toEqual(before);
    // Another apprentice entering through their own record reaches only their own.
    await enteredAs(sameOrg.apprenticeUser, sameOrg.apprentice.id);
    expect(await db.credential.count({ where: { apprenticeId: id } })).toBe(1);
  });

  it("serves the evidence by POST to the record's readers and AAMI staff, and records each download", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const member = await addMember(db, t.org.id, "MEMBER");
    const pdf = await pdfBytes("CABT certificate");
    const cabt = await enteredAs(t.apprenticeUser, id, {}, upload(pdf, "cabt.pdf", "application/pdf"));
    const readers = [t.apprenticeUser, t.mentorUser, t.owner.id, member.user.id, reviewer, admin];
    for (const userId of readers) {
      const response = await asUser(userId, () => postEvidence(cabt.id));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="cabt.pdf"');
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    }
    expect(
      (await audits("training.credential_evidence_downloaded", cabt.id)).map((e) => [e.actorId, e.payload]),
    ).toEqual(readers.map((actorId) => [actorId, { apprenticeId: id, credential: "CABT", sha256: sha256Hex(pdf) }]));

    // Another site's page, or no Origin at all: refused before anything is read or recorded.
    const events = await db.auditEvent.count({ where: { organizationId: t.org.id } });
    for (const origin of ["https://attacker.example", null]) {
      expect((await asUser(t.apprenticeUser, () => postEvidence(cabt.id, origin))).status, String(origin)).toBe(403);
    }
    expect(await db.auditEvent.count({ where: { organizationId: t.org.id } })).toBe(events);

    // A photo comes back as the PNG that was stored.
    const photo = await enteredAs(t.owner.id, id, { kind: "IT_FUNDAMENTALS" }, upload(await drawImage("webp", 20, 10)));
    const response = await asUser(reviewer, () => postEvidence(photo.id));
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="it-fundamentals.png"');
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ format: "png" });
  });
});
