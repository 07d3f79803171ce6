import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import sharp from "sharp";
import { db } from "@/lib/db";
import { hideListing, removeListingLogo, saveListing, showListing } from "@/lib/listings/actions";
import { listPublicListings } from "@/lib/listings/data";
import { LOGO_MESSAGES, NOT_YET_LISTABLE } from "@/lib/listings/schemas";
import { LISTING_FIELDS } from "@/lib/listings/visibility";
import { sha256Hex } from "@/lib/storage/hash";
import LandingPage from "@/app/(public)/page";
import ListingPage from "@/app/(employer)/organization/listing/page";
import StaffEmployerPage from "@/app/(staff)/staff/employers/[organizationId]/page";
import { GET as getLogo } from "@/app/api/listings/[organizationId]/logo/route";
import { addMember, createOrganization, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { drawImage, upload } from "../support/images";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { asUser, signInAs } from "../support/sign-in";
import { reviewedOrganization } from "../support/submission";

// The participating-employer listing: employer partners' settings (/organization/listing), the home page's list,
// the logo route and staff hiding. Organizations are approved and registered through the real review actions.

type Org = Awaited<ReturnType<typeof reviewedOrganization>>;

let reviewer: { id: string };
let staffAdmin: { id: string };
/** Approved: an employer partner. */
let lakeshore: Org;
/** Registered with DOL: an employer partner too. */
let alamo: Org;
/** Submitted, waiting for review: not a partner yet. */
let waiting: Org;

beforeAll(async () => {
  await publishBothDocuments(db);
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
  staffAdmin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  lakeshore = await reviewedOrganization(reviewer.id, "APPROVED", { name: "Lakeshore Listing Health", state: "WI" });
  alamo = await reviewedOrganization(reviewer.id, "ACCEPTED", { name: "Alamo Listing Hospital", state: "TX" });
  waiting = await reviewedOrganization(reviewer.id, "SUBMITTED", { name: "Waiting Listing Clinic", state: "WI" });
}, 120_000);

// Every test starts with nobody listed, nothing hidden and no logo stored.
beforeEach(async () => {
  await db.organization.updateMany({
    data: {
      listingOptIn: false,
      listingDisplayName: null,
      listingCity: null,
      listingState: null,
      listingLogoFileId: null,
      listingHiddenByStaff: false,
    },
  });
  await db.storedFile.deleteMany({ where: { contentType: "image/png" } });
  await db.auditEvent.deleteMany({ where: { kind: { startsWith: "listing." } } });
});

const SAVED = expect.objectContaining({ digest: expect.stringContaining(";/organization/listing?saved=listing;") });
const LOGO_REMOVED = expect.objectContaining({ digest: expect.stringContaining(";/organization/listing?saved=logo;") });
const toStaffPage = (organizationId: string) =>
  expect.objectContaining({ digest: expect.stringContaining(`;/staff/employers/${organizationId}#listing;`) });

type ListingFields = { listed?: string; displayName?: string; city?: string; state?: string };
const listingForm = (fields: ListingFields = {}, logo?: File) => {
  const form = formData({ listed: "yes", displayName: "Lakeshore Health", city: "Madison", state: "WI", ...fields });
  // A browser posts an empty file when none is chosen.
  form.set("logo", logo ?? new File([], "", { type: "application/octet-stream" }));
  return form;
};
/** Saves as the signed-in user; the action redirects when it succeeds. */
const save = (fields: ListingFields = {}, logo?: File) =>
  expect(saveListing(listingForm(fields, logo))).rejects.toEqual(SAVED);
const pngLogo = async (width = 800, height = 600) => upload(await drawImage("png", width, height));

const listingOf = (organizationId: string) =>
  db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: LISTING_FIELDS });
const logoFilesOf = (organizationId: string) =>
  db.storedFile.findMany({ where: { organizationId, contentType: "image/png" }, select: { id: true } });
const listingEvents = (organizationId: string) =>
  db.auditEvent.findMany({
    where: { organizationId, kind: { startsWith: "listing." } },
    orderBy: { createdAt: "asc" },
    select: { kind: true, actorId: true, payload: true },
  });
const publicNames = async () => (await listPublicListings()).map((l) => l.displayName);
const fetchLogo = (organizationId: string) =>
  getLogo(new Request(`http://localhost/api/listings/${organizationId}/logo`), {
    params: Promise.resolve({ organizationId }),
  });
const settingsPage = async (saved?: string) =>
  html(await ListingPage({ searchParams: Promise.resolve(saved ? { saved } : {}) }));
const staffPage = async (organizationId: string) =>
  html(await StaffEmployerPage({ params: Promise.resolve({ organizationId }), searchParams: Promise.resolve({}) }));
const hide = (organizationId: string) => hideListing(formData({ organizationId }));
const show = (organizationId: string) => showListing(formData({ organizationId }));

describe("listing an employer partner", () => {
  it("saves an approved organization's listing and shows it on the home page, by name, with its logo", async () => {
    await signInAs(lakeshore.owner.id);
    const logo = await pngLogo();
    await save({ displayName: "  Zephyr Lakeshore Health ", city: "Madison", state: "wi" }, logo);
    // A registered organization's admin, without a logo; lower case sorts with the rest.
    const alamoAdmin = await addMember(db, alamo.org.id, "ADMIN");
    await signInAs(alamoAdmin.user.id);
    await save({ displayName: "alamo Heights Medical", city: "San Antonio", state: "TX" });

    const stored = await listingOf(lakeshore.org.id);
    expect(stored).toMatchObject({
      listingOptIn: true,
      listingDisplayName: "Zephyr Lakeshore Health",
      listingCity: "Madison",
      listingState: "WI",
      listingHiddenByStaff: false,
    });
    const listings = await listPublicListings();
    expect(listings).toEqual([
      { id: alamo.org.id, displayName: "alamo Heights Medical", city: "San Antonio", state: "TX", logoUrl: null },
      {
        id: lakeshore.org.id,
        displayName: "Zephyr Lakeshore Health",
        city: "Madison",
        state: "WI",
        logoUrl: `/api/listings/${lakeshore.org.id}/logo?v=${stored.listingLogoFileId}`,
      },
    ]);

    // The logo is the organization's, shrunk to fit 400 × 200 and encoded anew as PNG.
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: stored.listingLogoFileId! } });
    expect(file).toMatchObject({ organizationId: lakeshore.org.id, contentType: "image/png" });
    expect(await sharp(file.data!).metadata()).toMatchObject({ format: "png", width: 267, height: 200 });
    expect(file.sha256).not.toBe(sha256Hex(new Uint8Array(await logo.arrayBuffer())));
    expect(await listingEvents(lakeshore.org.id)).toEqual([
      {
        kind: "listing.saved",
        actorId: lakeshore.owner.id,
        payload: {
          listed: true,
          displayName: "Zephyr Lakeshore Health",
          city: "Madison",
          state: "WI",
          logoSha256: file.sha256,
        },
      },
    ]);

    // Anyone gets the logo, with headers that keep browsers from guessing its type.
    requestScope.clear();
    const response = await fetchLogo(lakeshore.org.id);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=300",
    });
    expect(sha256Hex(new Uint8Array(await response.arrayBuffer()))).toBe(file.sha256);

    const home = html(await LandingPage());
    expect(home).toContain("Participating employers");
    expect(home).not.toContain("Check back soon");
    expect(home.indexOf("alamo Heights Medical")).toBeLessThan(home.indexOf("Zephyr Lakeshore Health"));
    expect(home).toContain("San Antonio, TX");
    expect(home).toContain("Madison, WI");
    expect(home).toMatch(/<img[^>]*alt="Zephyr Lakeshore Health logo"[^>]*>/);
    expect(home).toContain(`src="/api/listings/${lakeshore.org.id}/logo?v=${stored.listingLogoFileId}"`);
  });

  it("says 'check back soon' while nobody is listed, and drops an organization that stops being listed", async () => {
    expect(html(await LandingPage())).toContain("Check back soon");
    await signInAs(lakeshore.owner.id);
    await save({}, await pngLogo());
    expect(await publicNames()).toEqual(["Lakeshore Health"]);

    // Opting out keeps the details (listing again is one click) but leaves the home page and hides the logo.
    await save({ listed: "no" });
    expect(await listingOf(lakeshore.org.id)).toMatchObject({
      listingOptIn: false,
      listingDisplayName: "Lakeshore Health",
    });
    expect(await publicNames()).toEqual([]);
    expect(html(await LandingPage())).toContain("Check back soon");
    requestScope.clear();
    expect((await fetchLogo(lakeshore.org.id)).status).toBe(404);
  });

  it("shows an owner the form with the preview, and where the listing stands", async () => {
    await signInAs(lakeshore.owner.id);
    let page = await settingsPage();
    expect(page).toContain("Your organization is not listed on the home page.");
    // A first visit starts from the organization's own name and place.
    expect(page).toContain('value="Lakeshore Listing Health"');
    expect(page).toContain("Save listing");
    expect(page).toContain("Preview");
    expect(page).not.toContain("Remove logo");

    await save({ displayName: "Lakeshore Health" }, await pngLogo());
    page = await settingsPage("listing");
    expect(page).toContain("Your listing settings were saved.");
    expect(page).toContain("Your organization is listed on the home page.");
    expect(page).toContain(`/api/listings/${lakeshore.org.id}/logo?v=`);
    expect(page).toContain("Remove logo");
  });

  it("replaces the logo without leaving the old file behind, and removes it on request", async () => {
    await signInAs(lakeshore.owner.id);
    await save({}, await pngLogo(300, 100));
    const first = (await listingOf(lakeshore.org.id)).listingLogoFileId!;
    await save({}, upload(await drawImage("webp", 120, 60), "new.webp", "image/webp"));
    const second = (await listingOf(lakeshore.org.id)).listingLogoFileId!;
    expect(second).not.toBe(first);
    expect(await logoFilesOf(lakeshore.org.id)).toEqual([{ id: second }]);
    // Saving without choosing a file keeps the logo.
    await save({ city: "Milwaukee" });
    expect(await listingOf(lakeshore.org.id)).toMatchObject({ listingCity: "Milwaukee", listingLogoFileId: second });

    // Two managers uploading at the same moment: one logo wins, and only its file is kept.
    const admin = await addMember(db, lakeshore.org.id, "ADMIN");
    const results = await Promise.allSettled([
      asUser(lakeshore.owner.id, async () => saveListing(listingForm({}, await pngLogo(500, 500)))),
      asUser(admin.user.id, async () => saveListing(listingForm({}, await pngLogo(600, 300)))),
    ]);
    expect(results.map((r) => r.status === "rejected" && SAVED.asymmetricMatch(r.reason))).toEqual([true, true]);
    const winner = (await listingOf(lakeshore.org.id)).listingLogoFileId!;
    expect(await logoFilesOf(lakeshore.org.id)).toEqual([{ id: winner }]);

    await expect(removeListingLogo(formData({}))).rejects.toEqual(LOGO_REMOVED);
    expect(await listingOf(lakeshore.org.id)).toMatchObject({ listingLogoFileId: null, listingOptIn: true });
    expect(await logoFilesOf(lakeshore.org.id)).toEqual([]);
    // Removing again (a double click) changes and records nothing.
    await expect(removeListingLogo(formData({}))).rejects.toEqual(LOGO_REMOVED);
    const events = (await listingEvents(lakeshore.org.id)).map((e) => e.kind);
    expect(events.filter((k) => k === "listing.logo_removed")).toHaveLength(1);
    expect(await listPublicListings()).toEqual([expect.objectContaining({ id: lakeshore.org.id, logoUrl: null })]);
    requestScope.clear();
    expect((await fetchLogo(lakeshore.org.id)).status).toBe(404);
  });
});

describe("bad input", () => {
  it("refuses a renamed text file, a GIF or a PDF as the logo next to the field, and saves nothing at all", async () => {
    await signInAs(lakeshore.owner.id);
    await save({ displayName: "Before" });
    const before = await listingOf(lakeshore.org.id);
    const files = await db.storedFile.count();
    for (const logo of [
      upload("This is a text file that someone renamed.", "logo.png", "image/png"),
      upload(await drawImage("gif", 200, 100), "logo.gif", "image/gif"),
      upload("%PDF-1.7\n1 0 obj\n<<>>\nendobj", "logo.webp", "image/webp"),
    ]) {
      expect(await saveListing(listingForm({ displayName: "After" }, logo)), logo.name).toMatchObject({
        ok: false,
        fieldErrors: { logo: [LOGO_MESSAGES.wrongKind] },
        values: { displayName: "After" },
      });
    }
    const broken = Buffer.concat([(await drawImage("png", 50, 50)).subarray(0, 30), Buffer.from("garbage")]);
    expect(await saveListing(listingForm({ displayName: "After" }, upload(broken)))).toMatchObject({
      ok: false,
      fieldErrors: { logo: [LOGO_MESSAGES.unreadable] },
    });
    const tooBig = new Uint8Array(1024 * 1024 + 1);
    tooBig.set(await drawImage("png", 10, 10));
    expect(await saveListing(listingForm({ displayName: "After" }, upload(tooBig)))).toMatchObject({
      ok: false,
      fieldErrors: { logo: [LOGO_MESSAGES.tooLarge] },
    });
    expect(await listingOf(lakeshore.org.id)).toEqual(before);
    expect(await db.storedFile.count()).toBe(files);
  });

  it("refuses missing, long or unknown details next to their fields and keeps what was typed", async () => {
    await signInAs(lakeshore.owner.id);
    await save();
    const before = await listingOf(lakeshore.org.id);
    expect(await saveListing(listingForm({ displayName: " ", city: "", state: "ZZ" }))).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { state: ["Choose a state."], displayName: ["Enter the name to show."], city: ["Enter the city."] },
      values: { listed: "yes", displayName: " ", city: "", state: "ZZ" },
    });
    expect(await saveListing(listingForm({ displayName: "x".repeat(121), city: "Mad\u0000ison" }))).toMatchObject({
      fieldErrors: {
        displayName: ["Keep the name to show under 120 characters."],
        city: ["Remove the invisible control characters from the city."],
      },
    });
    expect(await saveListing(listingForm({ listed: "maybe" }))).toMatchObject({
      fieldErrors: { listed: ["Say whether to list your organization on the home page."] },
    });
    expect(await listingOf(lakeshore.org.id)).toEqual(before);
  });
});

describe("who may change a listing", () => {
  it("refuses organizations AAMI has not approved, and their page explains instead of showing the form", async () => {
    const fresh = await createOrganization(db, { name: "Brand New Listing Clinic" });
    for (const owner of [waiting.owner, fresh.owner]) {
      await signInAs(owner.id);
      expect(await saveListing(listingForm({}, await pngLogo()))).toMatchObject({
        ok: false,
        message: NOT_YET_LISTABLE,
      });
      const page = await settingsPage();
      expect(page).toContain(NOT_YET_LISTABLE);
      expect(page).toContain('href="/onboarding"');
      expect(page).not.toContain("Save listing");
    }
    expect(await listingOf(waiting.org.id)).toMatchObject({ listingOptIn: false, listingDisplayName: null });
    expect(await listingOf(fresh.org.id)).toMatchObject({ listingOptIn: false, listingDisplayName: null });
    expect(await db.storedFile.count({ where: { contentType: "image/png" } })).toBe(0);
    // Even if the flags were set some other way, the home page lists partners only.
    await db.organization.update({
      where: { id: waiting.org.id },
      data: { listingOptIn: true, listingDisplayName: "Waiting Clinic", listingCity: "Madison", listingState: "WI" },
    });
    expect(await publicNames()).toEqual([]);
  });

  it("refuses members: they see the card and who can change it", async () => {
    await signInAs(lakeshore.owner.id);
    await save({ displayName: "Lakeshore Health" }, await pngLogo());
    const before = await listingOf(lakeshore.org.id);
    const member = await addMember(db, lakeshore.org.id, "MEMBER");
    await signInAs(member.user.id);
    const refused = { ok: false, message: "Only an organization owner or admin can do that." };
    expect(await saveListing(listingForm({ displayName: "Member's name" }))).toMatchObject(refused);
    expect(await removeListingLogo(formData({}))).toMatchObject(refused);
    expect(await listingOf(lakeshore.org.id)).toEqual(before);
    const page = await settingsPage();
    expect(page).toContain("Ask an owner or admin of your organization to change the listing.");
    expect(page).toContain("Lakeshore Health");
    expect(page).not.toContain("Save listing");
    expect(page).not.toContain("Remove logo");
  });

  it("never lets one organization change or reveal another's listing", async () => {
    // Alamo keeps a logo but is not listed: its logo is private to its members and staff.
    await signInAs(alamo.owner.id);
    await save({ listed: "no", displayName: "Alamo Private Name", city: "San Antonio", state: "TX" }, await pngLogo());
    const alamoBefore = await listingOf(alamo.org.id);

    // Lakeshore's owner sends Alamo's id every way a form could: the action takes no organization id and changes
    // only the caller's own.
    await signInAs(lakeshore.owner.id);
    const form = listingForm({ displayName: "Taken Over" });
    form.set("organizationId", alamo.org.id);
    form.set("id", alamo.org.id);
    await expect(saveListing(form)).rejects.toEqual(SAVED);
    const removal = formData({ organizationId: alamo.org.id });
    await expect(removeListingLogo(removal)).rejects.toEqual(LOGO_REMOVED);
    expect(await listingOf(alamo.org.id)).toEqual(alamoBefore);
    expect(await logoFilesOf(alamo.org.id)).toHaveLength(1);
    expect(await listingOf(lakeshore.org.id)).toMatchObject({ listingDisplayName: "Taken Over" });

    // Nor see it: not on Lakeshore's page, not through the logo route, not in the public list.
    expect(await settingsPage()).not.toContain("Alamo Private Name");
    expect((await fetchLogo(alamo.org.id)).status).toBe(404);
    expect(await publicNames()).toEqual(["Taken Over"]);
    // Someone belonging to both, working in Lakeshore, still only changes Lakeshore.
    const both = await addMember(db, lakeshore.org.id, "OWNER");
    await db.membership.create({ data: { userId: both.user.id, organizationId: alamo.org.id, role: "OWNER" } });
    await db.user.update({ where: { id: both.user.id }, data: { activeOrganizationId: lakeshore.org.id } });
    await signInAs(both.user.id);
    await save({ displayName: "Lakeshore Again" });
    expect(await listingOf(alamo.org.id)).toEqual(alamoBefore);

    // Alamo's own members and staff see the logo (the preview), never cached by shared caches.
    for (const userId of [alamo.owner.id, reviewer.id]) {
      await signInAs(userId);
      const response = await fetchLogo(alamo.org.id);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
    requestScope.clear();
    expect((await fetchLogo(alamo.org.id)).status).toBe(404);
    expect((await fetchLogo("c".repeat(25))).status).toBe(404);
    expect((await fetchLogo("not an id")).status).toBe(404);
  });
});

describe("staff hiding a listing", () => {
  it("lets staff administrators hide and show a listing, refusing reviewers and employers", async () => {
    await signInAs(lakeshore.owner.id);
    await save({ displayName: "Lakeshore Health" }, await pngLogo());
    expect(await publicNames()).toEqual(["Lakeshore Health"]);

    for (const [userId, message] of [
      [reviewer.id, "This needs an AAMI staff administrator."],
      [lakeshore.owner.id, expect.stringContaining("could not find")],
    ] as const) {
      await signInAs(userId);
      expect(await hide(lakeshore.org.id)).toMatchObject({ ok: false, message });
    }
    requestScope.clear();
    expect(await hide(lakeshore.org.id)).toMatchObject({ ok: false, message: "Please sign in to continue." });
    expect(await publicNames()).toEqual(["Lakeshore Health"]);

    // A reviewer sees the state and the card, without the button.
    await signInAs(reviewer.id);
    let page = await staffPage(lakeshore.org.id);
    expect(page).toContain("Home page listing");
    expect(page).toContain("Shown on the home page");
    expect(page).not.toContain("Hide the listing");

    await signInAs(staffAdmin.id);
    expect(await staffPage(lakeshore.org.id)).toContain("Hide the listing");
    await expect(hide(lakeshore.org.id)).rejects.toEqual(toStaffPage(lakeshore.org.id));
    expect(await listingOf(lakeshore.org.id)).toMatchObject({ listingHiddenByStaff: true, listingOptIn: true });
    expect(await publicNames()).toEqual([]);
    requestScope.clear();
    expect((await fetchLogo(lakeshore.org.id)).status).toBe(404);

    // The employer is told, and saving again does not bring the listing back.
    await signInAs(lakeshore.owner.id);
    await save({ displayName: "Lakeshore Health" });
    expect(await publicNames()).toEqual([]);
    expect(await settingsPage()).toContain("AAMI staff have hidden your listing");

    await signInAs(reviewer.id);
    page = await staffPage(lakeshore.org.id);
    expect(page).toContain("Hidden by AAMI staff");
    expect(page).not.toContain("Show the listing again");

    await signInAs(staffAdmin.id);
    expect(await staffPage(lakeshore.org.id)).toContain("Show the listing again");
    await expect(show(lakeshore.org.id)).rejects.toEqual(toStaffPage(lakeshore.org.id));
    expect(await publicNames()).toEqual(["Lakeshore Health"]);
    expect(
      (await listingEvents(lakeshore.org.id)).filter((e) => e.kind !== "listing.saved").map((e) => [e.kind, e.actorId]),
    ).toEqual([
      ["listing.hidden", staffAdmin.id],
      ["listing.unhidden", staffAdmin.id],
    ]);
    expect(await hide("c".repeat(25))).toMatchObject({ ok: false, message: expect.stringContaining("could not find") });
  });

  it("hides once when two administrators press at the same moment, and hiding again changes nothing", async () => {
    await signInAs(lakeshore.owner.id);
    await save();
    const other = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const results = await Promise.allSettled([
      asUser(staffAdmin.id, () => hide(lakeshore.org.id)),
      asUser(other.id, () => hide(lakeshore.org.id)),
    ]);
    const redirected = toStaffPage(lakeshore.org.id);
    expect(results.map((r) => r.status === "rejected" && redirected.asymmetricMatch(r.reason))).toEqual([true, true]);
    await signInAs(staffAdmin.id);
    await expect(hide(lakeshore.org.id)).rejects.toEqual(redirected);
    expect(await listingOf(lakeshore.org.id)).toMatchObject({ listingHiddenByStaff: true });
    const hidden = (await listingEvents(lakeshore.org.id)).filter((e) => e.kind === "listing.hidden");
    expect(hidden).toHaveLength(1);

    // Showing it twice at once likewise records one change.
    await Promise.allSettled([
      asUser(staffAdmin.id, () => show(lakeshore.org.id)),
      asUser(other.id, () => show(lakeshore.org.id)),
    ]);
    expect(await listingOf(lakeshore.org.id)).toMatchObject({ listingHiddenByStaff: false });
    expect((await listingEvents(lakeshore.org.id)).filter((e) => e.kind === "listing.unhidden")).toHaveLength(1);
  });
});
