import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteDraftEnrollment, saveEnrollment } from "@/lib/apprentices/enrollment/actions";
import { DUPLICATE_SSN_MESSAGE } from "@/lib/apprentices/enrollment/write";
import { loadRapidsApprentices } from "@/lib/apprentices/staff/rapids-export";
import { rapidsCsv } from "@/lib/rapids/csv";
import { decryptSsn, ssnLookupHash } from "@/lib/crypto/ssn";
import ApprenticePage from "@/app/(employer)/onboarding/apprentices/[apprenticeId]/page";
import EditApprenticePage from "@/app/(employer)/onboarding/apprentices/[apprenticeId]/edit/page";
import NewApprenticePage from "@/app/(employer)/onboarding/apprentices/new/page";
import ApprenticesPage from "@/app/(employer)/onboarding/apprentices/page";
import { SSN_TEST_KEYS } from "../support/apprentices";
import { SAVED, enroll, enrollment, inDays, redirectedTo } from "../support/enrollment";
import { addMember, createCandidate, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { html } from "../support/render";
import { asUser } from "../support/sign-in";
import { reviewedOrganization } from "../support/submission";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";

// Step 8: employer partners enroll apprentices through the real action, as their forms post it.

type Org = Awaited<ReturnType<typeof reviewedOrganization>>;
let approved: Org;
let registered: Org;
let notYet: Org;

beforeAll(async () => {
  await publishBothDocuments(db);
  const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
  approved = await reviewedOrganization(reviewer.id, "APPROVED", { name: "Enrolling Approved Health", state: "WI" });
  registered = await reviewedOrganization(reviewer.id, "ACCEPTED", { name: "Enrolling Registered Health" });
  notYet = await reviewedOrganization(reviewer.id, "IN_REVIEW", { name: "Enrolling Pending Health" });
}, 120_000);

describe("enrolling an apprentice", () => {
  it("stores every RAPIDS field, the credit with its wage and the SSN encrypted, but no self-identification", async () => {
    const id = await enroll(approved.owner.id, {
      ssn: "123-45-6789",
      // The questions are the apprentice's to answer: a form that still posts them (an old tab, a crafted post)
      // has them dropped.
      gender: "F",
      ethnicity: "1",
      races: ["raceAsian"],
      veteranStatus: "1",
      disabilityStatus: "1",
      educationLevel: "7",
      masteredSkillSets: ["ELECTRONICS", "DEVICES"],
      "evidence.ELECTRONICS": "Navy electronics technician, 4 years",
      "evidence.DEVICES": "Biomed shop assistant, 2 years",
      careerConnection: "M",
      wioaParticipant: "yes",
    });
    const stored = await db.apprentice.findUniqueOrThrow({
      where: { id },
      include: { demographics: true, skillCredits: true },
    });
    expect(stored).toMatchObject({
      organizationId: approved.org.id,
      status: "DRAFT",
      firstName: "Avery",
      ssnLast4: "6789",
      priorWageCents: 1725,
      // The seeded schedule: 24 months; 1,000 of 4,000 hours = 6 months, its first raise.
      creditedOjtHours: 1000,
      creditPreviousExperience: "1000",
      careerConnection: "M",
      wioaParticipant: true,
      taaParticipant: false,
      entryWageUnit: "H",
    });
    expect(stored.startingWageStep).toBeGreaterThan(0);
    expect(stored.ssnEncrypted).not.toContain("6789");
    // Bound to this apprentice: the id is the cipher's associated data, so it was known before the row was written.
    expect(decryptSsn(stored.ssnEncrypted!, SSN_TEST_KEYS, id)).toBe("123456789");
    expect(stored.ssnLookupHash).toBe(ssnLookupHash("123456789", SSN_TEST_KEYS));
    expect(stored.demographics).toBeNull();
    expect(stored.skillCredits.map((c) => [c.skillSetKey, c.creditedHours]).sort()).toEqual([
      ["DEVICES", 500],
      ["ELECTRONICS", 500],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { subjectId: id, kind: "apprentice.enrollment_saved" },
    });
    expect(JSON.stringify(audit)).not.toMatch(/123-?45-?6789/);

    // The RAPIDS row of what the employer typed conforms to DOL's table schema.
    await db.apprentice.update({ where: { id }, data: { status: "APPROVED" } });
    const rows = await loadRapidsApprentices(db, { apprenticeIds: [id], ssnKeys: SSN_TEST_KEYS });
    expect(tableSchemaProblems(rapidsCsv(rows), readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);
    await db.apprentice.update({ where: { id }, data: { status: "DRAFT" } });

    const page = html(
      await asUser(approved.owner.id, () =>
        ApprenticePage({ params: Promise.resolve({ apprenticeId: id }), searchParams: Promise.resolve({}) }),
      ),
    );
    expect(page).toContain("***-**-6789");
    expect(page).not.toMatch(/123-?45-?6789/);
    expect(page).toContain("1,000 of 4,000 on-the-job hours credited");
    expect(page).toMatch(/Self-identification \(voluntary, by the apprentice\)<\/dt>\s*<dd[^>]*>Not answered/);
    // The enrollment form asks none of the questions, new or edited.
    const forms = [
      await asUser(approved.owner.id, () => NewApprenticePage({ searchParams: Promise.resolve({}) })),
      await asUser(approved.owner.id, () => EditApprenticePage({ params: Promise.resolve({ apprenticeId: id }) })),
    ].map(html);
    for (const form of forms) {
      expect(form).toContain('name="firstName"');
      for (const name of ["gender", "ethnicity", "races", "veteranStatus", "disabilityStatus", "educationLevel"]) {
        expect(form).not.toContain(`name="${name}"`);
      }
      expect(form).not.toContain("self-identification");
    }
  });

  it("refuses bad input next to the field and stores nothing", async () => {
    const before = await db.apprentice.count();
    const result = await asUser(approved.owner.id, () =>
      saveEnrollment(enrollment({ firstName: "x".repeat(56), postalCode: "5370", dateOfBirth: inDays(-365 * 10) })),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        firstName: [expect.stringMatching(/55 characters/)],
        postalCode: ["Enter the 5-digit ZIP code, like 53703."],
        dateOfBirth: ["Apprentices must be at least 16 on their start date."],
      },
    });
    expect(result).not.toHaveProperty("values.ssn");
    expect(await db.apprentice.count()).toBe(before);
  });

  it("checks the start date against the day the Registration Agency accepted the employer", async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { id: registered.org.id } });
    const dayBefore = new Date(org.agencyAcceptedAt!.getTime() - 86_400_000).toISOString().slice(0, 10);
    const result = await asUser(registered.owner.id, () => saveEnrollment(enrollment({ startDate: dayBefore })));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { startDate: [expect.stringMatching(/before the Registration Agency accepted your organization/)] },
    });
  });

  it("pre-fills a new hire from a candidate the partner may see, and only such a one", async () => {
    const visible = await createCandidate(db, { firstName: "Casey", lastName: "Moreno", state: "WI" });
    const page = html(
      await asUser(approved.owner.id, () =>
        NewApprenticePage({ searchParams: Promise.resolve({ candidate: visible.id }) }),
      ),
    );
    expect(page).toContain('value="Casey"');
    expect(page).toContain(`value="${visible.id}"`);
    // Showing a candidate's details is a logged view, as on their profile.
    expect(
      await db.candidateView.count({
        where: { candidateId: visible.id, organizationId: approved.org.id, userId: approved.owner.id, kind: "PROFILE" },
      }),
    ).toBe(1);
    const id = await enroll(approved.owner.id, { candidateId: visible.id, firstName: "Casey" });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({ candidateId: visible.id });

    const withdrawn = await createCandidate(db, { firstName: "Gone", lastName: "Away", state: "WI" });
    await db.candidate.update({ where: { id: withdrawn.id }, data: { withdrawnAt: new Date() } });
    const refused = await asUser(approved.owner.id, () => saveEnrollment(enrollment({ candidateId: withdrawn.id })));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/no longer in the candidate database/) });
  });

  it("is closed to organizations AAMI has not approved", async () => {
    const page = html(await asUser(notYet.owner.id, () => ApprenticesPage({ searchParams: Promise.resolve({}) })));
    expect(page).toContain("This step opens when AAMI approves your organization");
    const result = await asUser(notYet.owner.id, () => saveEnrollment(enrollment()));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/once AAMI approves/) });
    expect(await db.apprentice.count({ where: { organizationId: notYet.org.id } })).toBe(0);
  });
});

describe("changing an enrollment", () => {
  it("updates a draft, keeps the SSN unless replaced or removed, and refuses a stale form", async () => {
    const id = await enroll(approved.owner.id, { ssn: "234-56-7890" });
    await expect(
      asUser(approved.owner.id, () =>
        saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "0", city: "Verona", ssn: "" })),
      ),
    ).rejects.toEqual(SAVED);
    const after = await db.apprentice.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ city: "Verona", ssnLast4: "7890", rowVersion: 1 });

    const stale = await asUser(approved.owner.id, () =>
      saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "0", city: "Middleton" })),
    );
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/Someone else saved/) });

    await expect(
      asUser(approved.owner.id, () =>
        saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "1", city: "Verona", removeSsn: "yes" })),
      ),
    ).rejects.toEqual(SAVED);
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ssnEncrypted: null,
      ssnLast4: null,
      ssnLookupHash: null,
    });

    const edit = html(
      await asUser(approved.owner.id, () => EditApprenticePage({ params: Promise.resolve({ apprenticeId: id }) })),
    );
    expect(edit).toContain('value="Verona"');
  });

  it("is refused once the apprentice has signed", async () => {
    const id = await enroll(approved.owner.id);
    await db.apprentice.update({ where: { id }, data: { status: "PENDING_REGISTRATION" } });
    const result = await asUser(approved.owner.id, () =>
      saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "0", city: "Elsewhere" })),
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/can no longer be changed/) });
    const deleted = await asUser(approved.owner.id, () => deleteDraftEnrollment({ apprenticeId: id }));
    expect(deleted).toMatchObject({ ok: false });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({ city: "Madison" });
  });

  it("deletes a draft", async () => {
    const id = await enroll(approved.owner.id);
    await expect(asUser(approved.owner.id, () => deleteDraftEnrollment({ apprenticeId: id }))).rejects.toEqual(
      redirectedTo(/;\/onboarding\/apprentices\?deleted=1;/),
    );
    expect(await db.apprentice.findUnique({ where: { id } })).toBeNull();
  });
});

describe("another organization's apprentices", () => {
  it("cannot be seen, changed or deleted, and answer 'not found'", async () => {
    const id = await enroll(approved.owner.id, { ssn: "345-67-8901" });
    const outsider = registered.owner.id;
    const { user: member } = await addMember(db, registered.org.id, "MEMBER");
    for (const userId of [outsider, member.id]) {
      await expect(
        asUser(userId, () =>
          ApprenticePage({ params: Promise.resolve({ apprenticeId: id }), searchParams: Promise.resolve({}) }),
        ),
      ).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      await expect(
        asUser(userId, () => EditApprenticePage({ params: Promise.resolve({ apprenticeId: id }) })),
      ).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      const changed = await asUser(userId, () =>
        saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "0", lastName: "Hijacked" })),
      );
      expect(changed).toMatchObject({ ok: false, message: expect.stringMatching(/could not find/) });
      const deleted = await asUser(userId, () => deleteDraftEnrollment({ apprenticeId: id }));
      expect(deleted).toMatchObject({ ok: false });
      const list = html(await asUser(userId, () => ApprenticesPage({ searchParams: Promise.resolve({}) })));
      expect(list).not.toContain("Lindqvist");
    }
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({
      lastName: "Lindqvist",
      organizationId: approved.org.id,
    });
  });
});

describe("the same person enrolled twice", () => {
  const refusedAsDuplicate = {
    ok: false,
    fieldErrors: { ssn: [DUPLICATE_SSN_MESSAGE] },
  };
  /** What a refused enrollment must not have written. */
  const footprint = async () => ({
    apprentices: await db.apprentice.count(),
    credits: await db.apprenticeSkillCredit.count(),
    audit: await db.auditEvent.count({ where: { kind: "apprentice.enrollment_saved" } }),
  });

  it("is refused next to the SSN field, in any organization, without saying where they are enrolled", async () => {
    await enroll(approved.owner.id, { ssn: "456-78-9012", lastName: "First" });
    const before = await footprint();
    const result = await asUser(registered.owner.id, () =>
      saveEnrollment(
        enrollment({
          ssn: "456 78 9012",
          lastName: "Second",
          masteredSkillSets: ["SAFETY"],
          "evidence.SAFETY": "OSHA 10",
        }),
      ),
    );
    expect(result).toMatchObject(refusedAsDuplicate);
    expect(JSON.stringify(result)).not.toContain(approved.org.legalName);
    expect(JSON.stringify(result)).not.toMatch(/456-?78-?9012/);
    expect(result).toMatchObject({ values: { lastName: "Second" } });
    expect(await footprint()).toEqual(before);
  });

  it("is refused when an edit gives an enrollment someone else's SSN; its own SSN may be saved again", async () => {
    await enroll(registered.owner.id, { ssn: "567-89-0123", lastName: "Holder" });
    const id = await enroll(approved.owner.id, { ssn: "678-90-1234", lastName: "Editor" });
    const result = await asUser(approved.owner.id, () =>
      saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "0", ssn: "567-89-0123", city: "Verona" })),
    );
    expect(result).toMatchObject(refusedAsDuplicate);
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ssnLast4: "1234",
      city: "Madison",
      rowVersion: 0,
    });
    await expect(
      asUser(approved.owner.id, () =>
        saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "0", ssn: "678-90-1234", city: "Verona" })),
      ),
    ).rejects.toEqual(SAVED);
    // Removing it frees the number for an enrollment elsewhere.
    await expect(
      asUser(approved.owner.id, () =>
        saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "1", removeSsn: "yes" })),
      ),
    ).rejects.toEqual(SAVED);
    await enroll(registered.owner.id, { ssn: "678-90-1234", lastName: "Later" });
  });

  it("four enrollments of one SSN at the same moment, from two organizations: exactly one is saved", async () => {
    const before = await footprint();
    const owners = [approved.owner.id, registered.owner.id, approved.owner.id, registered.owner.id];
    const results = await Promise.all(
      owners.map((owner, i) =>
        asUser(owner, () => saveEnrollment(enrollment({ ssn: "789-01-2345", lastName: `Racer${i}` }))).catch(
          (e: unknown) => e,
        ),
      ),
    );
    expect(results.filter((r) => SAVED.asymmetricMatch(r))).toHaveLength(1);
    expect(results.filter((r) => !SAVED.asymmetricMatch(r))).toEqual([
      expect.objectContaining(refusedAsDuplicate),
      expect.objectContaining(refusedAsDuplicate),
      expect.objectContaining(refusedAsDuplicate),
    ]);
    const after = await footprint();
    expect(after.apprentices - before.apprentices).toBe(1);
    expect(after.audit - before.audit).toBe(1);
    expect(await db.apprentice.count({ where: { ssnLast4: "2345" } })).toBe(1);
  });
});
