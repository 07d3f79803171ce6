import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveContactEmail, saveFundingResources, saveReviewTarget } from "@/lib/settings/actions";
import { forgetPublicProgramDocuments } from "@/lib/documents/data";
import { getSetting } from "@/lib/settings/data";
import { DEFAULT_FUNDING_RESOURCES } from "@/lib/settings/defaults";
import { GET as getProgramDocument } from "@/app/api/program-documents/[kind]/route";
import LandingPage from "@/app/(public)/page";
import FundingStepPage from "@/app/(employer)/onboarding/funding/page";
import SettingsPage from "@/app/(staff)/staff/settings/page";
import { truncateAll } from "../support/database";
import { publishBothDocuments } from "../support/documents";
import { addMember, createOrganization, createUser } from "../support/factories";
import { formData } from "../support/form";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { signInAs } from "../support/sign-in";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// Program settings that reach employers: AAMI's contact address on the home page and the funding resources of step 4
// and the home page. Only staff administrators change them; every change is audited with what it replaced; bad input
// gets a message next to its field and changes nothing.

let admin: string;
let reviewer: string;
beforeEach(async () => {
  await truncateAll(INTEGRATION_DATABASE_URL);
  admin = (await createUser(db, { staffRole: "STAFF_ADMIN" })).id;
  reviewer = (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id;
  await signInAs(admin);
});

const settingRows = () => db.appSetting.findMany({ orderBy: { key: "asc" }, select: { key: true, value: true } });
const settingAudits = () =>
  db.auditEvent.findMany({
    where: { kind: "settings.changed" },
    orderBy: { createdAt: "asc" },
    select: { actorId: true, subjectId: true, payload: true },
  });
/** The staff form's rows, as the browser posts them. */
const resourceRows = (rows: Array<{ title: string; description: string; url: string }>) =>
  formData(
    Object.fromEntries(
      rows.flatMap((row, i) => [
        [`resources.${i}.title`, row.title],
        [`resources.${i}.description`, row.description],
        [`resources.${i}.url`, row.url],
      ]),
    ),
  );
const blank = { title: "", description: "", url: "" };

describe("AAMI's contact address", () => {
  it("is set, shown on the home page, changed and cleared by a staff administrator, each change audited", async () => {
    // Until one is set, the home page sends people to the employer form.
    expect(html(await LandingPage())).toContain("apprenticeship team will be in touch");

    expect(await saveContactEmail(formData({ aamiContactEmail: " Apprenticeship@AAMI.example " }))).toMatchObject({
      ok: true,
    });
    expect(await getSetting("aamiContactEmail")).toBe("apprenticeship@aami.example");
    const home = html(await LandingPage());
    expect(home).toContain('href="mailto:apprenticeship@aami.example"');
    expect(home).not.toContain("apprenticeship team will be in touch");

    // The same address again writes nothing.
    expect(await saveContactEmail(formData({ aamiContactEmail: "apprenticeship@aami.example" }))).toMatchObject({
      ok: true,
    });
    expect(await saveContactEmail(formData({ aamiContactEmail: "" }))).toMatchObject({ ok: true });
    expect(await getSetting("aamiContactEmail")).toBeNull();
    expect(html(await LandingPage())).not.toContain("mailto:");
    expect(await settingAudits()).toEqual([
      {
        actorId: admin,
        subjectId: "aamiContactEmail",
        payload: { key: "aamiContactEmail", from: null, to: "apprenticeship@aami.example" },
      },
      {
        actorId: admin,
        subjectId: "aamiContactEmail",
        payload: { key: "aamiContactEmail", from: "apprenticeship@aami.example", to: null },
      },
    ]);
  });

  it("refuses an address that is not one, next to the field, changing nothing", async () => {
    await saveContactEmail(formData({ aamiContactEmail: "team@aami.example" }));
    const before = await settingRows();
    for (const bad of ["not an address", "team@", `${"a".repeat(250)}@aami.example`, "<script>@x"]) {
      expect(await saveContactEmail(formData({ aamiContactEmail: bad }))).toMatchObject({
        ok: false,
        fieldErrors: { aamiContactEmail: [expect.any(String)] },
      });
    }
    expect(await settingRows()).toEqual(before);
    expect(await settingAudits()).toHaveLength(1);
  });
});

describe("funding resources", () => {
  it("start from the defaults, which step 4 and the home page show with the factsheet and A-20 links", async () => {
    expect(await getSetting("fundingResources")).toEqual(DEFAULT_FUNDING_RESOURCES);
    const titles = DEFAULT_FUNDING_RESOURCES.map((r) => r.title);
    expect(titles).toEqual([
      "WIOA on-the-job training",
      "State apprenticeship grants and tax credits",
      "Federal grants",
      "National Apprenticeship Act factsheet",
      "Training Objectives, page A-20: related instruction",
    ]);
    const home = html(await LandingPage());
    for (const title of titles) expect(home).toContain(title);
    expect(home).toContain('href="/api/program-documents/training-objectives"');

    const { owner } = await createOrganization(db);
    await signInAs(owner.id);
    const step4 = html(await FundingStepPage());
    expect(step4).toContain("Where to find the money");
    for (const title of titles) expect(step4).toContain(title);
  });

  it("are replaced by what a staff administrator saves, in order, blank rows dropped, audited", async () => {
    const saved = await saveFundingResources(
      resourceRows([
        { title: " Wisconsin apprenticeship grant ", description: "Up to $1,000 per apprentice.", url: "" },
        blank,
        { title: "Our guide", description: "AAMI's funding guide.", url: "/api/program-documents/training-objectives" },
        blank,
      ]),
    );
    expect(saved).toMatchObject({ ok: true });
    const stored = [
      { title: "Wisconsin apprenticeship grant", description: "Up to $1,000 per apprentice.", url: null },
      { title: "Our guide", description: "AAMI's funding guide.", url: "/api/program-documents/training-objectives" },
    ];
    expect(await getSetting("fundingResources")).toEqual(stored);
    expect(await settingAudits()).toEqual([
      {
        actorId: admin,
        subjectId: "fundingResources",
        payload: { key: "fundingResources", from: DEFAULT_FUNDING_RESOURCES, to: stored },
      },
    ]);
    const home = html(await LandingPage());
    expect(home).toContain("Wisconsin apprenticeship grant");
    expect(home).not.toContain("WIOA on-the-job training");

    // Clearing every row leaves none, and both pages say so.
    expect(await saveFundingResources(resourceRows([blank, blank]))).toMatchObject({ ok: true });
    expect(await getSetting("fundingResources")).toEqual([]);
    expect(html(await LandingPage())).toContain("AAMI lists no funding sources here at the moment.");
    const { owner } = await createOrganization(db);
    await signInAs(owner.id);
    expect(html(await FundingStepPage())).toContain("AAMI has no funding resources listed at the moment");
  });

  it("refuse incomplete rows and unsafe links next to each field, changing nothing", async () => {
    const before = await settingRows();
    const result = await saveFundingResources(
      resourceRows([
        { title: "", description: "A description without a title.", url: "" },
        { title: "A title without a description", description: "", url: "" },
        { title: "Script", description: "Runs a script.", url: "javascript:alert(1)" },
        { title: "Plain http", description: "Not encrypted.", url: "http://dol.example" },
        { title: "Other host", description: "Protocol-relative.", url: "//evil.example" },
        { title: "x".repeat(121), description: "Long title.", url: "" },
      ]),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "resources.0.title": ["Enter a title, or clear the row."],
        "resources.1.description": ["Enter a description, or clear the row."],
        "resources.2.url": [expect.stringContaining("https://")],
        "resources.3.url": [expect.stringContaining("https://")],
        "resources.4.url": [expect.stringContaining("https://")],
        "resources.5.title": [expect.stringContaining("120 characters")],
      },
    });
    expect(await settingRows()).toEqual(before);
    expect(await settingAudits()).toEqual([]);
  });
});

describe("who may change settings", () => {
  it("only staff administrators: reviewers, employers of any role and visitors are refused and change nothing", async () => {
    const { org, owner } = await createOrganization(db);
    const orgAdmin = await addMember(db, org.id, "ADMIN");
    const other = await createOrganization(db, { name: "Other Health" });
    const tries = [
      () => saveContactEmail(formData({ aamiContactEmail: "attacker@evil.example" })),
      () =>
        saveFundingResources(
          resourceRows([{ title: "Send money", description: "Here.", url: "https://evil.example" }]),
        ),
      () => saveReviewTarget(formData({ reviewTargetBusinessDays: "30" })),
    ];
    for (const userId of [reviewer, owner.id, orgAdmin.user.id, other.owner.id, null]) {
      if (userId) await signInAs(userId);
      else requestScope.clear();
      for (const attempt of tries) expect(await attempt()).toMatchObject({ ok: false });
    }
    expect(await settingRows()).toEqual([]);
    expect(await settingAudits()).toEqual([]);

    // The page itself is for staff administrators only.
    await signInAs(reviewer);
    await expect(SettingsPage()).rejects.toThrow();
    await signInAs(admin);
    const page = html(await SettingsPage());
    expect(page).toContain("AAMI contact email");
    expect(page).toContain('value="WIOA on-the-job training"');
  });
});

describe("the public program documents", () => {
  const fetchDocument = (kind: string) =>
    getProgramDocument(new Request(`http://localhost/api/program-documents/${kind}`), {
      params: Promise.resolve({ kind }),
    });

  it("serve the current published version to anyone, and link from the home page", async () => {
    requestScope.clear();
    expect((await fetchDocument("training-objectives")).status).toBe(404);
    expect(html(await LandingPage())).toContain("AAMI has not published the documents here yet.");

    await publishBothDocuments(db);
    const [, objectivesV2] = await publishBothDocuments(db);
    // Published behind the app's back, so its in-memory list is forgotten as the action would (documents.test.ts).
    forgetPublicProgramDocuments();
    const response = await fetchDocument("training-objectives");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: objectivesV2!.fileId } });
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(file.data!))).toBe(true);
    expect((await fetchDocument("national-standards")).status).toBe(200);
    expect((await fetchDocument("minutes")).status).toBe(404);

    const home = html(await LandingPage());
    expect(home).toContain('href="/api/program-documents/national-standards"');
    expect(home).toContain("BMET Training Objectives (PDF)");
    expect(home).toContain("Version 2");
  });
});
