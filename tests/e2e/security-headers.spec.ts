import { randomUUID } from "node:crypto";
import type { Page, Response } from "@playwright/test";
import { verifiedCompletion } from "../support/completions";
import { completeStepsThroughMentor, createUser } from "../support/factories";
import { drawImage } from "../support/images";
import { PDF_SCRIPT_MARKER } from "../support/pdf-with-script";
import { test, expect, waitForEmail } from "./support/fixtures";
import { listWithLogo, partnerRecords, transferProposedTo, type PartnerRecords } from "./support/partner-records";
import { sendInterestForm } from "./support/interest-form";

// Issue 13, point 6: every page, as visitors, employer partners and AAMI staff see it, arrives with the security
// headers of proxy.ts (lib/security/headers.ts), a Content-Security-Policy whose nonce is new on every response,
// and nothing on it breaks that policy: no "Refused to …" in the console, no securitypolicyviolation event, and
// React takes over the page (its forms validate and submit in the browser). The review page frames an uploaded
// PDF that carries JavaScript: the frame is allowed, and the PDF arrives sandboxed (point 7).

type Db = Parameters<typeof completeStepsThroughMentor>[0];

const watched = new WeakMap<Page, string[]>();

/** Everything the browser has reported against the policy on this page (and its frames) since it was opened. */
function policyViolations(page: Page): string[] {
  const known = watched.get(page);
  if (known) return known;
  const seen: string[] = [];
  watched.set(page, seen);
  page.on("console", (message) => {
    if (/Refused to|Content Security Policy|securitypolicyviolation/i.test(message.text())) seen.push(message.text());
  });
  page.on("pageerror", (error) => seen.push(`page error: ${error.message}`));
  // Injected by the browser's debugging protocol, which the policy does not govern.
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return seen;
}

const nonces = new Set<string>();
const TOKEN_PAGE = /^\/(apprentices\/(profile|agreement)|employers\/start\/confirm)\/[^/]+$/;

/** Checks one page's headers; its nonce must be one never seen before. */
function expectPageHeaders(response: Response | null, path: string) {
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  expect(response!.status(), path).toBeLessThan(path === "/no-such-page" ? 500 : 400);
  const policy = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `${path}: ${policy}`).toBeTruthy();
  expect(nonces.has(nonce!), `${path}: nonce reused`).toBe(false);
  nonces.add(nonce!);
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  const pathname = new URL(response!.url()).pathname;
  expect(headers["referrer-policy"], path).toBe(
    TOKEN_PAGE.test(pathname) ? "same-origin" : "strict-origin-when-cross-origin",
  );
  // The test server is plain http: no HSTS.
  expect(headers["strict-transport-security"], path).toBeUndefined();
}

/** React has hydrated the document: its root element carries React's internal keys. */
const hydrated = (page: Page) =>
  page.waitForFunction(() => Object.keys(document.body).some((key) => key.startsWith("__react")));

async function visitAll(page: Page, paths: string[]) {
  const violations = policyViolations(page);
  for (const path of paths) {
    expectPageHeaders(await page.goto(path), path);
    await hydrated(page);
    // Soft, and then forgotten: one run reports every page that breaks the policy, each once.
    expect.soft(violations, path).toEqual([]);
    violations.length = 0;
  }
}

/**
 * What a group's setup may add for its paths: the verification code of a completion it had AAMI verify, or a transfer
 * proposed to the partner.
 */
type Extra = { certificateCode?: string; transferId?: string };

// Every page, in groups of a few, each group a test with a browser and data of its own: they run side by side
// and each stays short. `as`: who visits (nobody, the partner's owner, a staff administrator).
const GROUPS: Array<{
  name: string;
  as: "visitor" | "partner" | "staff";
  paths: (r: PartnerRecords & Partial<Extra>) => string[];
  /** What the pages need besides the records (an Extra, or nothing the paths use). */
  setup?: (db: Db, r: PartnerRecords) => Promise<unknown>;
}> = [
  {
    name: "the checklist",
    as: "partner",
    paths: (r) => [
      "/dashboard",
      "/onboarding/standards",
      "/onboarding/position",
      `/onboarding/position/${r.position.id}`,
    ],
  },
  {
    name: "the checklist's later steps",
    as: "partner",
    paths: (r) => [
      "/onboarding/funding",
      "/onboarding/mentor",
      `/onboarding/mentor/${r.mentor.id}`,
      "/onboarding/agreement",
      "/onboarding/submit",
    ],
  },
  {
    name: "apprentices",
    as: "partner",
    paths: (r) => [
      "/onboarding/apprentices",
      `/onboarding/apprentices/${r.approved.id}`,
      `/onboarding/apprentices/${r.draft.id}/edit`,
      `/onboarding/apprentices/new?candidate=${r.candidate.id}`,
    ],
  },
  {
    name: "training",
    as: "partner",
    paths: (r) => [
      "/training",
      `/training/${r.approved.id}`,
      `/training/${r.approved.id}/log`,
      `/training/${r.approved.id}/credentials`,
      `/training/${r.approved.id}/status`,
      "/training/review",
    ],
  },
  {
    name: "certificates of a completion AAMI verified, and their public page",
    as: "partner",
    paths: (r) => [`/training/${r.approved.id}/status`, `/verify/${r.certificateCode}`],
    setup: async (db, r): Promise<Extra> => {
      const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
      const by = { requestedById: r.owner.id, decidedById: reviewer.id };
      return verifiedCompletion(db, r.approved, by);
    },
  },
  {
    name: "a transfer proposed to the partner",
    as: "partner",
    paths: (r) => [`/training/transfers/${r.transferId}`],
    setup: (db, r): Promise<Extra> => transferProposedTo(db, r),
  },
  {
    name: "candidates and the organization",
    as: "partner",
    paths: (r) => [
      "/candidates",
      `/candidates/${r.candidate.id}`,
      "/organization/members",
      `/organization/members/${r.membership.id}`,
    ],
  },
  {
    name: "staff: home, queues and apprentices",
    as: "staff",
    paths: (r) => [
      "/staff",
      "/staff/queue",
      "/staff/queue/apprentices",
      "/staff/apprentices",
      `/staff/apprentices/${r.approved.id}`,
      "/staff/raises",
      "/staff/credentials",
      "/staff/training",
    ],
  },
  {
    name: "staff: candidates, employers, documents and settings",
    as: "staff",
    paths: (r) => [
      "/staff/candidates",
      `/staff/candidates/${r.candidate.id}`,
      "/staff/employers",
      `/staff/employers/${r.org.id}`,
      "/staff/documents",
      "/staff/settings",
    ],
  },
  {
    name: "public pages (the home page lists the partner with its logo)",
    as: "visitor",
    paths: () => [
      "/",
      "/employers/start",
      "/employers/start/done",
      "/employers/start/confirm/a-link-that-was-never-sent-0123456789",
      "/employers/start/created",
      "/employers/start/claimed",
      "/signin",
      "/signin/check-email",
      "/signin/error",
      "/health",
    ],
    setup: (db, r) => listWithLogo(db, r.org.id),
  },
  {
    name: "public pages of prospective apprentices (token pages tell other sites nothing) and a missing page",
    as: "visitor",
    paths: (r) => [
      "/apprentices/interest/thanks",
      "/apprentices/profile",
      "/apprentices/profile/deleted",
      `/apprentices/agreement/${r.token}`,
      "/apprentices/agreement/signed",
      "/no-such-page",
    ],
  },
];

for (const group of GROUPS) {
  test(`${group.name}: headers, a fresh nonce, React running, no policy violation`, async ({
    page,
    db,
    tenant,
    signInAs,
  }) => {
    const r = await partnerRecords(db, tenant);
    const extra = (await group.setup?.(db, r)) as Partial<Extra> | undefined;
    if (group.as === "partner") await signInAs(r.owner.id);
    if (group.as === "staff") await signInAs((await createUser(db, { staffRole: "STAFF_ADMIN" })).id);
    await visitAll(page, group.paths({ ...r, ...extra }));
  });
}

test("the apprentice signs through the emailed link without JavaScript: the page's referrer policy keeps Origin", async ({
  browser,
  db,
  tenant,
}) => {
  const r = await partnerRecords(db, tenant);
  // Under no-referrer a form posted without JavaScript would carry Origin: null, and Next refuse the action.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`/apprentices/agreement/${r.token}`);
  expect(response!.headers()["referrer-policy"]).toBe("same-origin");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "same-origin");
  await page.getByLabel("Your full legal name").fill("Sam Waiting");
  await page.getByLabel(/I have read this apprenticeship agreement/).check();
  await page.getByRole("button", { name: "Sign my apprenticeship agreement" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your agreement is signed" })).toBeVisible();
  await context.close();
});

test("a partner's page does not log a sight of candidates by prefetching their list", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const r = await partnerRecords(db, tenant);
  await signInAs(r.owner.id);
  // The header links to the candidate list, whose every sight is logged: loading a page with that link (and
  // letting Next prefetch what it links to) must not log a view; opening the list does.
  await visitAll(page, ["/onboarding"]);
  await page.waitForLoadState("networkidle");
  expect(await db.candidateView.count({ where: { organizationId: r.org.id } })).toBe(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Candidates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidates" })).toBeVisible();
  await expect.poll(() => db.candidateView.count({ where: { organizationId: r.org.id } })).toBeGreaterThan(0);
});

test("the listing's logo preview shows the chosen file (a blob: image) under the policy", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const r = await partnerRecords(db, tenant);
  await signInAs(r.owner.id);
  await visitAll(page, ["/organization/listing"]);
  const violations = policyViolations(page);
  await page.getByLabel("Logo").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: await drawImage("png", 120, 60),
  });
  const preview = page.locator('img[src^="blob:"]');
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
  expect(violations).toEqual([]);
});

test("the review page frames the uploaded agreement (a PDF with a script), which arrives sandboxed", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { agreement, submission } = await partnerRecords(db, tenant);
  await signInAs((await createUser(db, { staffRole: "STAFF_ADMIN" })).id);
  const staffPage = page;
  const staffViolations = policyViolations(staffPage);
  const dialogs: string[] = [];
  staffPage.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const framed = staffPage.waitForResponse((r) => r.url().endsWith(`/api/agreements/${agreement.id}`));
  expectPageHeaders(await staffPage.goto(`/staff/submissions/${submission.id}`), "/staff/submissions/…");
  // allHeaders: what the server sent (Chromium hands its PDF viewer the response with only frame-ancestors left).
  const pdf = await (await framed).allHeaders();
  expect(pdf["content-type"]).toBe("application/pdf");
  expect(pdf["content-security-policy"]).toBe("sandbox; default-src 'none'; frame-ancestors 'self'");
  expect(pdf["x-content-type-options"]).toBe("nosniff");
  await hydrated(staffPage);
  // The frame was allowed (no "Refused to frame") and shows the PDF in Chromium's viewer.
  await expect
    .poll(() => staffPage.frames().some((f) => f.url().startsWith("chrome-extension://")), { timeout: 5_000 })
    .toBe(true);
  const pdfFrame = staffPage.frames().find((f) => f.url().endsWith(`/api/agreements/${agreement.id}`))!;
  expect(await pdfFrame.evaluate(() => document.contentType)).toBe("application/pdf");
  expect(staffViolations).toEqual([]);
  // Chromium's viewer runs the PDF's own script in PDFium (Acrobat's API: an alert, no access to the page), which
  // no response header can stop; whatever else the page showed came from the PDF, not from the portal.
  expect(
    dialogs.every((message) => message === PDF_SCRIPT_MARKER),
    dialogs.join(", "),
  ).toBe(true);
});

test("the interest form validates in the browser and sends under the policy; the emailed profile link works", async ({
  page,
  db,
  signInAs,
}) => {
  await visitAll(page, ["/apprentices/interest"]);
  const violations = policyViolations(page);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Enter your first name.")).toBeVisible();
  const email = `robin.${randomUUID().slice(0, 8)}@example.test`;
  await sendInterestForm(page, {
    email,
    firstName: "Robin",
    lastName: "Headers",
    city: "Madison",
    state: "WI",
    zip: "53703",
    willingToRelocate: false,
    education: "HIGH_SCHOOL",
    situation: "Employed",
  });
  expect(violations).toEqual([]);
  const mail = await waitForEmail(email, (m) => m.subject === "We received your interest in a BMET apprenticeship");
  const link = new URL(mail.text.match(/https?:\/\/\S+\/apprentices\/profile\/[A-Za-z0-9._-]+/)![0]);
  await visitAll(page, [link.pathname]);
  await expect(page.getByRole("heading", { name: "Your profile, Robin" })).toBeVisible();

  // Signed in, but a member of no organization yet.
  await signInAs((await createUser(db)).id);
  await visitAll(page, ["/welcome"]);
});

test("a 20 MB body is answered 413 with a message, not 500, and the portal goes on", async ({ request }) => {
  const response = await request.post("/apprentices/interest", {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: Buffer.alloc(20 * 1024 * 1024, "a"),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("too large");
  expect((await request.get("/")).status()).toBe(200);
});
