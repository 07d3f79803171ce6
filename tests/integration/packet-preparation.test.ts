import { beforeAll, describe, expect, it } from "vitest";
import { approveApprenticeRegistration } from "@/lib/apprentices/registration/actions";
import { db } from "@/lib/db";
import { StalePreparationError } from "@/lib/errors";
import { packetSubmissionId, preparePacket, storePreparedPacket } from "@/lib/packets/create";
import { readStoredFile, sha256Hex } from "@/lib/storage";
import { acceptedOrganization, signedAgreement } from "../support/apprentice-registration";
import { apprentice } from "../support/apprentices";
import { publishBothDocuments } from "../support/documents";
import { createUser } from "../support/factories";
import { formData } from "../support/form";
import { pdfText } from "../support/pdf-text";
import { asUser, signInAs } from "../support/sign-in";

// Issue 16, point 6: staff decisions build their packet before their transaction, for the state after the
// decision, and the transaction stores those bytes only while what the packet was built from is unchanged.

let reviewerId: string;
beforeAll(async () => {
  await publishBothDocuments(db);
  reviewerId = (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id;
});

/** An accepted organization with two registrations waiting for AAMI, both signed by everyone. */
async function twoWaiting() {
  const { org } = await acceptedOrganization(reviewerId);
  const first = await apprentice(db, org.id, "First", "PENDING_REGISTRATION");
  const second = await apprentice(db, org.id, "Second", "PENDING_REGISTRATION");
  await signedAgreement(db, first);
  await signedAgreement(db, second);
  await signInAs(reviewerId);
  return { org, first, second };
}

const prepareApproval = async (organizationId: string, apprenticeId: string) =>
  preparePacket(db, {
    organizationId,
    submissionId: await packetSubmissionId(db, organizationId),
    decision: { approvesApprenticeId: apprenticeId },
  });

describe("a packet prepared before its decision's transaction", () => {
  it("lists the apprentice being approved, and is stored byte for byte in a transaction within Prisma's default timeout", async () => {
    const { org, first } = await twoWaiting();
    const prepared = await prepareApproval(org.id, first.id);
    const text = pdfText(prepared.bytes);
    expect(await text).toContain("Sam First");
    expect(await text).not.toContain("Sam Second");

    // No timeout option: Prisma's 5-second default, enough now that the transaction builds no PDF.
    const packet = await db.$transaction(async (tx) => {
      await tx.apprentice.update({ where: { id: first.id }, data: { status: "APPROVED" } });
      return storePreparedPacket(tx, prepared, reviewerId);
    });
    expect(packet.version).toBe(prepared.version);
    const stored = await db.registrationPacket.findUniqueOrThrow({ where: { id: packet.id } });
    expect((await readStoredFile(db, stored.fileId)).bytes).toEqual(prepared.bytes);
    expect(stored.sha256).toBe(sha256Hex(prepared.bytes));
  });

  it("is refused when another decision changed what it was built from, and nothing is stored", async () => {
    const { org, first, second } = await twoWaiting();
    const stale = await prepareApproval(org.id, second.id);
    const before = await db.registrationPacket.count({ where: { organizationId: org.id } });
    // Another staff member approves the first apprentice in between: a new packet version, listing them.
    await expect(
      asUser(reviewerId, () =>
        approveApprenticeRegistration(
          formData({ apprenticeId: first.id, rowVersion: String(first.rowVersion), confirm: "yes" }),
        ),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`/staff/apprentices/${first.id}?done=APPROVE`) });
    expect(await db.registrationPacket.count({ where: { organizationId: org.id } })).toBe(before + 1);

    await expect(db.$transaction((tx) => storePreparedPacket(tx, stale, reviewerId))).rejects.toBeInstanceOf(
      StalePreparationError,
    );
    expect(await db.registrationPacket.count({ where: { organizationId: org.id } })).toBe(before + 1);

    // The decision prepares again, and its packet lists both.
    const fresh = await prepareApproval(org.id, second.id);
    expect(fresh.version).toBe(stale.version + 1);
    const text = await pdfText(fresh.bytes);
    expect(text).toContain("Sam First");
    expect(text).toContain("Sam Second");
  });
});
