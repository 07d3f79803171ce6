import { beforeAll, describe, expect, it } from "vitest";
import { loadRapidsFile } from "@/lib/apprentices/staff/rapids-export";
import { db } from "@/lib/db";
import { loadPacketApprentices } from "@/lib/packets/create";
import { acceptedOrganization } from "../support/apprentice-registration";
import { apprentice } from "../support/apprentices";
import { publishBothDocuments } from "../support/documents";
import { createUser } from "../support/factories";

// Issue 14, point 7: no packet row and no RAPIDS row for an apprentice whose agreement is not signed by everyone
// (approval refusing one is in apprentice-registration.test.ts).

let reviewerId: string;
beforeAll(async () => {
  await publishBothDocuments(db);
  reviewerId = (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id;
});

describe("apprentices without an agreement everyone signed", () => {
  it("are left out of the registration packet and the RAPIDS file", async () => {
    const { org } = await acceptedOrganization(reviewerId);
    await apprentice(db, org.id, "Signed", "APPROVED");
    const voided = await apprentice(db, org.id, "Voided", "REGISTERED");
    // Its agreement was voided (a changed enrollment): no current agreement carries every signature.
    await db.apprenticeAgreement.updateMany({ where: { apprenticeId: voided.id }, data: { voidedAt: new Date() } });

    const listed = await loadPacketApprentices(db, org.id);
    expect(listed.map((a) => a.lastName)).toEqual(["Signed"]);
    const rapids = await loadRapidsFile(db, { organizationId: org.id, ssnKeys: null });
    expect(rapids.apprentices.map((a) => a.lastName)).toEqual(["Signed"]);
  });
});
