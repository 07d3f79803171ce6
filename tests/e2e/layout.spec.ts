import type { Page } from "@playwright/test";
import { ACCESS_TABLE } from "../security/access-table";
import type { Db } from "../../lib/prisma-client";
import { addDays, isoDay, mondayOf } from "../../lib/training/weeks";
import { verifiedCompletion } from "../support/completions";
import { addMember, createOrganization, createUser, verifiedProvider } from "../support/factories";
import { test, expect, expectAccessible } from "./support/fixtures";
import { browserFor } from "./support/journey";
import {
  inTraining,
  listWithLogo,
  partnerRecords,
  transferProposedTo,
  type PartnerRecords,
} from "./support/partner-records";

// Issue 15, point 10: every page, as each kind of visitor sees it, on a phone (390 px) and on a desktop (1280 px):
// nothing is wider than the window, the header is one row, axe finds nothing, and on the public pages every tap
// target is at least 44 px. Each role's pages are walked a few at a time, one test per group (so no test runs long, and
// the groups spread across Playwright's workers); each check is soft, so one run names every page and width that
// fails.

type Role = "anonymous" | "newcomer" | "employer admin" | "mentor" | "apprentice" | "staff reviewer" | "staff admin";
type Visit = { route: keyof typeof ACCESS_TABLE; path?: (r: Records) => string };
/** `certificateCode`: the walks that show certificates have the approved apprentice's completion verified. */
type Records = PartnerRecords & { rtiProviderId: string; certificateCode?: string; transferId?: string };

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** The header's height when its contents share one row (44 px controls and 8 px padding above and below). */
const ONE_ROW_HEADER_PX = 64;
const MIN_TAP_TARGET_PX = 44;

const PUBLIC: Visit[] = [
  { route: "/" },
  { route: "/signin" },
  { route: "/signin/check-email" },
  { route: "/signin/error" },
  { route: "/health" },
  { route: "/employers/start" },
  { route: "/employers/start/done" },
  { route: "/employers/start/created" },
  { route: "/employers/start/claimed" },
  // A link that was never sent: the page that explains it (a live one needs the emailed token).
  { route: "/employers/start/confirm/[token]", path: () => "/employers/start/confirm/a-link-that-was-never-sent-0123" },
  { route: "/apprentices/interest" },
  { route: "/apprentices/interest/thanks" },
  { route: "/apprentices/profile" },
  { route: "/apprentices/profile/deleted" },
  // The same for a candidate's private link, which is signed with the server's key.
  { route: "/apprentices/profile/[token]", path: () => "/apprentices/profile/a-link-that-was-never-sent-0123" },
  { route: "/apprentices/agreement/[token]", path: (r) => `/apprentices/agreement/${r.token}` },
  { route: "/apprentices/agreement/signed" },
  { route: "/verify/[code]", path: (r) => `/verify/${r.certificateCode}` },
];

const EMPLOYER: Visit[] = [
  { route: "/onboarding" },
  { route: "/onboarding/standards" },
  { route: "/onboarding/position" },
  { route: "/onboarding/position/[positionId]", path: (r) => `/onboarding/position/${r.position.id}` },
  { route: "/onboarding/funding" },
  { route: "/onboarding/mentor" },
  { route: "/onboarding/mentor/[mentorId]", path: (r) => `/onboarding/mentor/${r.mentor.id}` },
  { route: "/onboarding/agreement" },
  { route: "/onboarding/submit" },
  { route: "/onboarding/apprentices" },
  { route: "/onboarding/apprentices/new", path: (r) => `/onboarding/apprentices/new?candidate=${r.candidate.id}` },
  { route: "/onboarding/apprentices/[apprenticeId]", path: (r) => `/onboarding/apprentices/${r.approved.id}` },
  { route: "/onboarding/apprentices/[apprenticeId]/edit", path: (r) => `/onboarding/apprentices/${r.draft.id}/edit` },
  { route: "/candidates" },
  { route: "/candidates/[candidateId]", path: (r) => `/candidates/${r.candidate.id}` },
  { route: "/organization/members" },
  { route: "/organization/members/[membershipId]", path: (r) => `/organization/members/${r.membership.id}` },
  { route: "/organization/listing" },
  { route: "/training" },
  { route: "/training/[apprenticeId]", path: (r) => `/training/${r.approved.id}` },
  { route: "/training/[apprenticeId]/log", path: (r) => `/training/${r.approved.id}/log` },
  { route: "/training/[apprenticeId]/skills/[skillCode]", path: (r) => `/training/${r.approved.id}/skills/1.01` },
  { route: "/training/[apprenticeId]/instruction", path: (r) => `/training/${r.approved.id}/instruction` },
  { route: "/training/[apprenticeId]/credentials", path: (r) => `/training/${r.approved.id}/credentials` },
  { route: "/training/[apprenticeId]/status", path: (r) => `/training/${r.approved.id}/status` },
  { route: "/training/review" },
  { route: "/training/transfers/[transferId]", path: (r) => `/training/transfers/${r.transferId}` },
];

// The apprentice's and the mentor's pages, on a record with weeks approved, sent back and waiting, a skill signed
// off with a photo, another asked for, and courses confirmed and waiting (inTraining). The apprentice's /training is
// their record (they are sent there), so they walk the record and the week form; the mentor walks their queue too.
// Both see the signed-off skill (its evidence button, and the mentor's undo form) and one with a form of their own:
// the mentor's sign-off form (with its file field) on the skill asked for, the apprentice's request on one not yet.
const MENTOR: Visit[] = [
  { route: "/training" },
  { route: "/training/[apprenticeId]", path: (r) => `/training/${r.approved.id}` },
  { route: "/training/review" },
  { route: "/training/[apprenticeId]/skills/[skillCode]", path: (r) => `/training/${r.approved.id}/skills/1.01` },
  { route: "/training/[apprenticeId]/skills/[skillCode]", path: (r) => `/training/${r.approved.id}/skills/1.02` },
  { route: "/training/[apprenticeId]/instruction", path: (r) => `/training/${r.approved.id}/instruction` },
  { route: "/training/[apprenticeId]/credentials", path: (r) => `/training/${r.approved.id}/credentials` },
];
const APPRENTICE: Visit[] = [
  { route: "/training/[apprenticeId]", path: (r) => `/training/${r.approved.id}` },
  { route: "/training/[apprenticeId]/skills/[skillCode]", path: (r) => `/training/${r.approved.id}/skills/1.01` },
  { route: "/training/[apprenticeId]/skills/[skillCode]", path: (r) => `/training/${r.approved.id}/skills/1.03` },
  { route: "/training/[apprenticeId]/instruction", path: (r) => `/training/${r.approved.id}/instruction` },
  { route: "/training/[apprenticeId]/credentials", path: (r) => `/training/${r.approved.id}/credentials` },
  // Completed: AAMI's certificate and DOL's to download.
  { route: "/training/[apprenticeId]/status", path: (r) => `/training/${r.approved.id}/status` },
  // The week sent back (two weeks ago), with the mentor's comment beside it.
  {
    route: "/training/[apprenticeId]/log",
    path: (r) => `/training/${r.approved.id}/log?week=${isoDay(addDays(mondayOf(new Date()), -14))}`,
  },
];

const STAFF: Visit[] = [
  { route: "/staff" },
  { route: "/staff/queue" },
  { route: "/staff/queue/apprentices" },
  { route: "/staff/submissions/[submissionId]", path: (r) => `/staff/submissions/${r.submission.id}` },
  { route: "/staff/employers" },
  { route: "/staff/employers/[organizationId]", path: (r) => `/staff/employers/${r.org.id}` },
  { route: "/staff/apprentices" },
  { route: "/staff/raises" },
  { route: "/staff/training" },
  { route: "/staff/apprentices/[apprenticeId]", path: (r) => `/staff/apprentices/${r.approved.id}` },
  { route: "/staff/credentials" },
  { route: "/staff/candidates" },
  { route: "/staff/candidates/[candidateId]", path: (r) => `/staff/candidates/${r.candidate.id}` },
  { route: "/staff/agencies" },
  { route: "/staff/rti-providers" },
  { route: "/staff/standards" },
];

const STAFF_ADMIN_ONLY: Visit[] = [
  { route: "/staff/agencies/[state]", path: () => "/staff/agencies/WI" },
  { route: "/staff/rti-providers/new" },
  { route: "/staff/rti-providers/[providerId]", path: (r) => `/staff/rti-providers/${r.rtiProviderId}` },
  { route: "/staff/documents" },
  { route: "/staff/settings" },
];

const VISITS: Record<Role, Visit[]> = {
  anonymous: PUBLIC,
  newcomer: [{ route: "/welcome" }],
  "employer admin": EMPLOYER,
  mentor: MENTOR,
  apprentice: APPRENTICE,
  "staff reviewer": STAFF,
  "staff admin": [...STAFF, ...STAFF_ADMIN_ONLY],
};

/** Routes with nothing to lay out: they only send the visitor elsewhere, or are not pages. */
const NOT_PAGES = (route: string) => route === "/dashboard" || route.startsWith("/api/") || route.startsWith("/dev/");

test("every page of the access table is laid out here by someone", () => {
  const visited = new Set(Object.values(VISITS).flatMap((visits) => visits.map((v) => v.route)));
  const missing = Object.keys(ACCESS_TABLE).filter((route) => !NOT_PAGES(route) && !visited.has(route));
  expect(missing).toEqual([]);
});

/** Horizontal overflow, in CSS pixels (0 when the page fits the window). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * How far apart the vertical centres of the header's visible controls are (0 when they share one row, a row's
 * height or more when something wrapped), and the header's height.
 */
const headerRow = (page: Page) =>
  page.locator("body > header").evaluate((header) => {
    const centres = [...header.querySelectorAll<HTMLElement>("a, button, summary, select")]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().height > 1)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return r.top + r.height / 2;
      });
    return { spread: Math.max(...centres) - Math.min(...centres), height: header.getBoundingClientRect().height };
  });

/**
 * Every visible control smaller than 44 × 44 px: links, buttons, disclosure summaries, form fields, and for a
 * checkbox or radio button whichever is larger of the box and its label (a tap on the label ticks it). Exempt, as
 * WCAG 2.5.8 exempts them: links inside a sentence (inline links in running text, whose size the line of text sets),
 * the visually hidden skip link, which appears only on keyboard focus, and anything hidden from everyone
 * (aria-hidden, such as the interest form's trap for bots).
 */
const smallTapTargets = (page: Page) =>
  page.evaluate((min) => {
    const big = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width >= min && r.height >= min;
    };
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== "A" || getComputedStyle(el).display !== "inline") return false;
      const block = el.parentElement?.closest("p, li, dd, td, span, label, legend");
      return !!block && (block.textContent ?? "").trim().length > (el.textContent ?? "").trim().length;
    };
    const controls = document.querySelectorAll<HTMLElement>(
      "a[href], button, summary, select, textarea, input:not([type=hidden])",
    );
    return [...controls]
      .filter((el) => el.checkVisibility() && el.getBoundingClientRect().height > 1)
      .filter((el) => !inSentence(el) && !el.closest("[aria-hidden=true]"))
      .filter((el) => {
        if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
          return !big(el) && ![...(el.labels ?? [])].some(big);
        }
        return !big(el);
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = (el.textContent ?? "").trim() || el.getAttribute("name") || el.id;
        return `${el.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
  }, MIN_TAP_TARGET_PX);

/**
 * Loads each page once, at the phone width, and checks it there, then widens the window to the desktop width and
 * checks the same page again. Layout here is CSS only (no script reads the window's size), so a widened page is laid
 * out exactly as one loaded at that width: one load per page instead of one per width.
 */
async function checkPages(page: Page, role: Role, visits: Visit[], records: Records) {
  for (const visit of visits) {
    const path = visit.path?.(records) ?? visit.route;
    await page.setViewportSize(WIDTHS[0]!);
    const response = await page.goto(path);
    expect.soft(response?.status(), `${path} as ${role}`).toBeLessThan(400);
    for (const viewport of WIDTHS) {
      await page.setViewportSize(viewport);
      const where = `${path} as ${role} at ${viewport.width} px`;
      expect.soft(await overflow(page), `${where}: horizontal overflow`).toBeLessThanOrEqual(0);
      const header = await headerRow(page);
      expect.soft(header.spread, `${where}: header controls on more than one row`).toBeLessThanOrEqual(2);
      expect.soft(header.height, `${where}: header height`).toBeLessThanOrEqual(ONE_ROW_HEADER_PX);
      if (role === "anonymous") expect.soft(await smallTapTargets(page), `${where}: tap targets`).toEqual([]);
      await expectAccessible(page, { soft: true });
    }
  }
}

/**
 * Pages per test. A page costs a load and two axe runs: a few seconds quiet, up to 20 s on a 2-core machine busy
 * with other work (where tests of three pages ran past a minute), so each test walks two, with twice the default time
 * limit for such a machine.
 */
const PAGES_PER_TEST = 2;
const GROUP_TIMEOUT_MS = 120_000;

/** A role's pages in consecutive groups of PAGES_PER_TEST, each with its place in the walk ("pages 3–4 of 18"). */
const groupsOf = (visits: Visit[]) =>
  Array.from({ length: Math.ceil(visits.length / PAGES_PER_TEST) }, (_, i) => {
    const group = visits.slice(i * PAGES_PER_TEST, (i + 1) * PAGES_PER_TEST);
    const first = i * PAGES_PER_TEST + 1;
    const last = first + group.length - 1;
    return { group, label: `${first === last ? `page ${first}` : `pages ${first}–${last}`} of ${visits.length}` };
  });

/** What a role's walk shows, and who walks it (no one for the anonymous visitor). */
type Walk = { records: Records; visitorId?: string };

/** A tenant of the role's own with every record its pages show, and the visitor, as one walk of all its pages had. */
async function prepareWalk(db: Db, role: Role): Promise<Walk> {
  const tenant = await createOrganization(db);
  const records: Records = { ...(await partnerRecords(db, tenant)), rtiProviderId: (await verifiedProvider(db)).id };
  // AAMI verified the apprentice's completion for the walks that show its certificates: its public page, the
  // apprentice's status page (with DOL's certificate too), and the staff page (with the form to upload DOL's).
  const completeTraining = async () => {
    const by = {
      requestedById: records.owner.id,
      decidedById: (await createUser(db, { staffRole: "STAFF_ADMIN" })).id,
    };
    const completion = await verifiedCompletion(db, records.approved, by);
    records.certificateCode = completion.certificateCode;
    return { completion, by };
  };
  if (role === "anonymous") {
    await listWithLogo(db, records.org.id);
    await completeTraining();
    return { records };
  }
  if (role === "newcomer") return { records, visitorId: (await createUser(db)).id };
  if (role === "employer admin" || role === "mentor" || role === "apprentice") {
    const training = await inTraining(db, records);
    if (role === "mentor") return { records, visitorId: training.mentorUserId };
    if (role === "apprentice") {
      const { completion, by } = await completeTraining();
      const dol = await db.storedFile.findFirstOrThrow({
        where: { organizationId: records.org.id, contentType: "image/png" },
      });
      await db.completion.update({
        where: { id: completion.id },
        data: {
          dolCertificateFileId: dol.id,
          dolCertificateUploadedAt: new Date(),
          dolCertificateUploadedById: by.decidedById,
        },
      });
      return { records, visitorId: training.apprenticeUserId };
    }
    // Another employer's proposal waiting for the partner: /training lists it, its page offers accept and decline.
    records.transferId = (await transferProposedTo(db, records)).transferId;
    return { records, visitorId: (await addMember(db, records.org.id, "ADMIN")).user.id };
  }
  await completeTraining();
  const staffRole = role === "staff admin" ? "STAFF_ADMIN" : "STAFF_REVIEWER";
  return { records, visitorId: (await createUser(db, { staffRole })).id };
}

for (const role of Object.keys(VISITS) as Role[]) {
  for (const { group, label } of groupsOf(VISITS[role])) {
    test(`${role}, ${label}: no overflow, a one-row header and a clean axe run at 390 and 1280 px`, async ({
      browser,
      page,
      db,
      oncePerWorker,
    }) => {
      test.setTimeout(GROUP_TIMEOUT_MS);
      // Each role's walk is prepared once per worker and shared by that role's groups there: the pages are only
      // looked at, and preparing the records (an approved partner with its agreement PDF, apprentices, a
      // candidate) took several seconds of each test on a busy machine.
      const { records, visitorId } = await oncePerWorker(`layout walk: ${role}`, () => prepareWalk(db, role));
      const visitor = visitorId ? await browserFor(browser, db, visitorId) : page;
      await checkPages(visitor, role, group, records);
    });
  }
}

test("on a phone the header's menu opens without JavaScript, by keyboard, and lists every link", async ({
  browser,
  db,
}) => {
  const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  const page = await browserFor(browser, db, admin.id, { javaScriptEnabled: false, viewport: WIDTHS[0] });
  await page.goto("/staff");
  const menu = page.locator("summary", { hasText: "Menu" });
  await expect(page.getByRole("link", { name: "Settings" })).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Staff home", "Queue", "Employers", "Agencies", "Documents", "Settings"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
  await nav.getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/staff\/settings$/);
});

test("on a desktop the staff's More menu opens by keyboard and closes on Escape and after following a link", async ({
  browser,
  db,
}) => {
  const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  const page = await browserFor(browser, db, admin.id, { viewport: WIDTHS[1] });
  await page.goto("/staff");
  const nav = page.getByRole("navigation", { name: "Main" });
  const more = nav.locator("summary", { hasText: "More" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: "Documents" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Documents" })).toBeHidden();
  await expect(more).toBeFocused();
  await more.click();
  await nav.getByRole("link", { name: "Documents" }).click();
  await expect(page).toHaveURL(/\/staff\/documents$/);
  await expect(nav.getByRole("link", { name: "Documents" })).toBeHidden();
});
