import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { correctAgency } from "@/lib/agencies/actions";
import { listRegistrationAgencies, registrationAgencyFor } from "@/lib/agencies/data";
import { registryEntry } from "@/lib/agencies/registry";
import { readStoredFile } from "@/lib/storage";
import AgenciesPage from "@/app/(staff)/staff/agencies/page";
import CorrectAgencyPage from "@/app/(staff)/staff/agencies/[state]/page";
import { submitForReview } from "@/lib/onboarding/submit/actions";
import { createOrganization, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { pdfText } from "../support/pdf-text";
import { html } from "../support/render";
import { asUser } from "../support/sign-in";
import { readyToSubmit, reviewedOrganization, submitForm, TO_SUBMIT_PAGE } from "../support/submission";

const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining("404") });
const FORBIDDEN = expect.objectContaining({ digest: expect.stringContaining("403") });

let reviewer: Awaited<ReturnType<typeof createUser>>;
let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  await publishBothDocuments(db);
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER", name: "Riley Reviewer" });
  admin = await createUser(db, { staffRole: "STAFF_ADMIN", name: "Ada Admin" });
});

const correction = (state: string, rowVersion: number, fields: Record<string, string> = {}) =>
  formData({
    state,
    rowVersion: String(rowVersion),
    kind: "SAA",
    name: "Bureau of Apprenticeship Standards",
    office: "Wisconsin Department of Workforce Development",
    email: "apprenticeship@dwd.example.gov",
    phone: "608-555-0142",
    website: "https://dwd.wisconsin.gov/apprenticeship/",
    source: "https://dwd.wisconsin.gov/apprenticeship/contacts.htm",
    checkedOn: new Date().toISOString().slice(0, 10),
    ...fields,
  });

const correctionRow = (state: string) => db.registrationAgencyCorrection.findUnique({ where: { state } });
const auditEvents = () =>
  db.auditEvent.findMany({ where: { kind: "agency.corrected" }, orderBy: { createdAt: "asc" } });

describe("reading the Registration Agency", () => {
  it("gives the built-in entry until staff correct it, and 'not found' for a code that is no state", async () => {
    const texas = await registrationAgencyFor("TX");
    expect(texas).toMatchObject({ state: "TX", kind: "OA", rowVersion: 0, correctedAt: null });
    expect(texas.source).toBe(registryEntry("TX")!.source);
    await expect(registrationAgencyFor("ZZ")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listRegistrationAgencies()).map((a) => a.state)).toContain("MP");
  });
});

describe("a staff administrator's correction", () => {
  it("replaces the entry, with an audit event of what it was and what it became, in one transaction", async () => {
    const result = await asUser(admin.id, () => correctAgency(correction("WI", 0)));
    expect(result).toMatchObject({ ok: true, data: { message: expect.stringContaining("Wisconsin") } });
    expect(await registrationAgencyFor("WI")).toMatchObject({
      kind: "SAA",
      name: "Bureau of Apprenticeship Standards",
      email: "apprenticeship@dwd.example.gov",
      phone: "608-555-0142",
      source: "https://dwd.wisconsin.gov/apprenticeship/contacts.htm",
      rowVersion: 1,
      toConfirm: false,
    });
    const [event] = await auditEvents();
    expect(event).toMatchObject({ actorId: admin.id, subjectType: "RegistrationAgency", subjectId: "WI" });
    expect(event!.payload).toMatchObject({
      state: "WI",
      version: 1,
      from: { name: registryEntry("WI")!.name, email: null },
      to: { email: "apprenticeship@dwd.example.gov" },
    });
    expect(html(await asUser(admin.id, () => AgenciesPage()))).toContain("apprenticeship@dwd.example.gov");
  });

  it("refuses a save from a page that showed an older version, and changes nothing", async () => {
    await asUser(admin.id, () => correctAgency(correction("CO", 0, { name: "First correction" })));
    const stale = await asUser(admin.id, () =>
      correctAgency(correction("CO", 0, { name: "Second, from an old page" })),
    );
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("while you were looking") });
    const staleUpdate = await asUser(admin.id, () => correctAgency(correction("CO", 7, { name: "Made up version" })));
    expect(staleUpdate).toMatchObject({ ok: false, message: expect.stringContaining("while you were looking") });
    expect(await correctionRow("CO")).toMatchObject({ name: "First correction", rowVersion: 1 });

    const next = await asUser(admin.id, () => correctAgency(correction("CO", 1, { name: "Apprenticeship Colorado" })));
    expect(next).toMatchObject({ ok: true });
    expect(await correctionRow("CO")).toMatchObject({ name: "Apprenticeship Colorado", rowVersion: 2 });
    expect((await auditEvents()).filter((e) => e.subjectId === "CO")).toHaveLength(2);
  });

  it("answers bad input with a message next to each field, and saves nothing", async () => {
    const before = await db.auditEvent.count();
    const result = await asUser(admin.id, () =>
      correctAgency(
        correction("NV", 0, {
          kind: "FEDERAL",
          name: " ",
          email: "not an address",
          phone: "12",
          website: "javascript:alert(1)",
          source: "",
          checkedOn: "2999-01-01",
        }),
      ),
    );
    expect(result).toMatchObject({ ok: false });
    const fieldErrors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(
      ["checkedOn", "email", "kind", "name", "phone", "source", "website"].sort(),
    );
    expect(await correctionRow("NV")).toBeNull();
    expect(await db.auditEvent.count()).toBe(before);

    const unknownState = await asUser(admin.id, () => correctAgency(correction("ZZ", 0)));
    expect(unknownState).toMatchObject({ ok: false, fieldErrors: { state: [expect.any(String)] } });
  });

  it("keeps contact fields empty when left blank, and documents then say the contact is not recorded", async () => {
    const result = await asUser(admin.id, () =>
      correctAgency(correction("NE", 0, { kind: "OA", office: "", email: "", phone: "", website: "" })),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await registrationAgencyFor("NE")).toMatchObject({ office: null, email: null, phone: null, website: null });
    expect(html(await asUser(admin.id, () => AgenciesPage()))).toContain("Contact not yet recorded");
  });
});

describe("who may correct", () => {
  it("refuses reviewers: they read the list, without links to correct, and the form's page says it is an administrator's", async () => {
    const refused = await asUser(reviewer.id, () => correctAgency(correction("OH", 0)));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("staff administrator") });
    expect(await correctionRow("OH")).toBeNull();
    const list = html(await asUser(reviewer.id, () => AgenciesPage()));
    expect(list).toContain("ApprenticeOhio");
    expect(list).not.toContain('href="/staff/agencies/OH"');
    await expect(
      asUser(reviewer.id, () => CorrectAgencyPage({ params: Promise.resolve({ state: "OH" }) })),
    ).rejects.toEqual(FORBIDDEN);
  });

  it("answers employers 'not found', on the pages and the action", async () => {
    const { owner } = await createOrganization(db);
    const refused = await asUser(owner.id, () => correctAgency(correction("OH", 0)));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("could not find") });
    expect(await correctionRow("OH")).toBeNull();
    await expect(asUser(owner.id, () => AgenciesPage())).rejects.toEqual(NOT_FOUND);
    await expect(
      asUser(owner.id, () => CorrectAgencyPage({ params: Promise.resolve({ state: "OH" }) })),
    ).rejects.toEqual(NOT_FOUND);
  });

  it("shows administrators the form for a state, and 'not found' for a code that is no state", async () => {
    const page = html(await asUser(admin.id, () => CorrectAgencyPage({ params: Promise.resolve({ state: "OH" }) })));
    expect(page).toContain("Registration Agency for Ohio");
    expect(page).toContain('name="rowVersion" value="0"');
    await expect(
      asUser(admin.id, () => CorrectAgencyPage({ params: Promise.resolve({ state: "ZZ" }) })),
    ).rejects.toEqual(NOT_FOUND);
  });
});

describe("the documents and emails name the agency for the employer's state", () => {
  it("on the signed agreement, the packet cover and the approval email", async () => {
    await asUser(admin.id, () =>
      correctAgency(correction("MN", 0, { name: "Apprenticeship Minnesota", office: "Minnesota DLI" })),
    );
    const { org } = await reviewedOrganization(reviewer.id, "APPROVED", { state: "MN" });

    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    const agreementText = pdfText((await readStoredFile(db, agreement.signedFileId)).bytes);
    expect(agreementText).toContain("14. Registration Agency");
    expect(agreementText).toContain("Apprenticeship Minnesota, Minnesota DLI");
    expect(agreementText).toContain("State Apprenticeship Agency for Minnesota");

    const packet = await db.registrationPacket.findFirstOrThrow({ where: { organizationId: org.id } });
    const cover = pdfText((await readStoredFile(db, packet.fileId)).bytes);
    expect(cover).toContain("Registration Agency Apprenticeship Minnesota, Minnesota DLI");
    expect(cover).toContain("apprenticeship@dwd.example.gov");

    const [approved] = await db.mailMessage.findMany({
      where: { organizationId: org.id, template: "submission-approved" },
    });
    expect(approved!.text).toContain(
      "with Apprenticeship Minnesota, Minnesota DLI, the Registration Agency for Minnesota",
    );
    const [staffMail] = await db.mailMessage.findMany({
      where: { organizationId: org.id, template: "staff-submission-received" },
    });
    expect(staffMail!.text).toContain("files the agreement with Apprenticeship Minnesota, Minnesota DLI");
  });

  it("a correction after signing leaves the signed agreement as it was and valid for submission", async () => {
    const { org } = await readyToSubmit({ state: "KS" });
    const signed = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id, status: "SIGNED" } });
    const bytesBefore = (await readStoredFile(db, signed.signedFileId)).bytes;

    await asUser(admin.id, () =>
      correctAgency(correction("KS", 0, { name: "Kansas Office of Registered Apprenticeship" })),
    );

    // The signature covers the employer's data: an agency's correction voids nothing, and the stored file is unchanged.
    await expect(submitForReview(submitForm())).rejects.toEqual(TO_SUBMIT_PAGE);
    expect(await db.employerAgreement.findUniqueOrThrow({ where: { id: signed.id } })).toMatchObject({
      status: "SIGNED",
    });
    expect((await readStoredFile(db, signed.signedFileId)).bytes).toEqual(bytesBefore);
    expect(pdfText(bytesBefore)).not.toContain("Kansas Office of Registered Apprenticeship");
  });
});
