import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitInterest } from "@/lib/candidates/interest/actions";
import {
  deleteProfile,
  requestProfileLink,
  resendProfileLink,
  shareProfileAgain,
  signOutProfileLink,
  updateProfile,
  withdrawProfile,
} from "@/lib/candidates/profile/actions";
import { processProfileLinkRequests } from "@/lib/candidates/profile/link-requests";
import { loadOwnProfile } from "@/lib/candidates/profile/data";
import { profileLink } from "@/lib/candidates/profile/link";
import { PROFILE_LINK_DAYS, signProfileToken } from "@/lib/candidates/profile/token";
import { enqueueMail } from "@/lib/mail/outbox";
import { createTransport } from "@/lib/mail/transport";
import { deliverDueMail } from "@/lib/mail/worker";
import { requestScope } from "../support/request-scope";
import ProfilePage from "@/app/(public)/apprentices/profile/[token]/page";
import { createOrganization } from "../support/factories";
import { html } from "../support/render";
import { TEST_SENDER, startSmtpCapture } from "../support/smtp-capture";
import { TEST_AUTH_SECRET } from "../support/test-env";

// The candidate's side after the form: the confirmation email and what its private link lets them do.

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.stop());

const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(`;${path};`) });
const redirectStartingWith = (path: string) =>
  expect.objectContaining({ digest: expect.stringMatching(new RegExp(`;${path.replace(/[?]/g, "\\?")}`)) });

function formData(values: Record<string, string | string[]>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return form;
}

const answers = (overrides: Record<string, string | string[]> = {}) => ({
  firstName: "Avery",
  lastName: "Nguyen",
  phone: "608-555-0190",
  city: "Green Bay",
  state: "WI",
  postalCode: "54301",
  willingToRelocate: "no",
  regionsOfInterest: ["MIDWEST"],
  educationLevel: "ASSOCIATE",
  situation: "EMPLOYED",
  experienceTags: ["electronics"],
  experienceNotes: "Field service on imaging equipment.",
  consentToShare: "yes",
  "selfId.sex": "FEMALE",
  ...overrides,
});

/** Sends the public form, delivers the queue to the real SMTP server, and returns the private link it received. */
async function signUp(ip: string) {
  requestScope.setHeaders({ "x-forwarded-for": ip });
  const email = `avery.${randomUUID().slice(0, 8)}@example.test`;
  await expect(submitInterest(formData({ ...answers(), email, website: "" }))).rejects.toEqual(
    redirectTo("/apprentices/interest/thanks"),
  );
  const mail = await deliver(email);
  return { email, mail, token: tokenIn(mail.text) };
}

async function deliver(to: string, subject?: string) {
  // Link requests become emails in the background in the app; here, before the mail is delivered.
  await processProfileLinkRequests(db);
  await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);
  return smtp.waitFor((m) => m.to.includes(to) && (!subject || m.subject === subject));
}

function tokenIn(text: string): string {
  const match = /http:\/\/localhost:3000\/apprentices\/profile\/([A-Za-z0-9._-]+)/.exec(text);
  if (!match) throw new Error(`no private link in:\n${text}`);
  return match[1]!;
}

const candidate = (email: string) =>
  db.candidate.findUnique({
    where: { email },
    include: { demographics: true, events: { orderBy: { createdAt: "asc" } } },
  });

describe("the candidate's confirmation email and private link", () => {
  it("emails a private link that opens the profile, and erases the link from the queue once sent", async () => {
    const { email, mail, token } = await signUp("203.0.113.1");
    expect(mail.subject).toBe("We received your interest in a BMET apprenticeship");
    expect(mail.text).toContain("Hello Avery");
    expect(mail.text).toContain("never shown to employers");
    const page = await loadOwnProfile(token);
    expect(page).toMatchObject({ status: "valid", profile: { email, firstName: "Avery", city: "Green Bay" } });
    const queued = await db.mailMessage.findFirstOrThrow({ where: { to: email } });
    expect(queued).toMatchObject({ status: "SENT", template: "candidate-profile", sensitive: true });
    expect(queued.text).not.toContain(token);
  });

  it("changes nothing when someone sends the form again with the address, and emails the owner a new link", async () => {
    const { email, token } = await signUp("203.0.113.2");
    const before = await candidate(email);
    await expect(
      submitInterest(formData({ ...answers({ city: "Appleton", firstName: "Mallory" }), email, website: "" })),
    ).rejects.toEqual(redirectTo("/apprentices/interest/thanks"));
    const mail = await deliver(email, "Your BMET apprenticeship profile: the interest form was sent again");
    expect(mail.text).toContain("nothing in it was changed");
    const after = await candidate(email);
    const { linkVersion: _before, updatedAt: _u1, events: _e1, ...profileBefore } = before!;
    const { linkVersion: _after, updatedAt: _u2, events: _e2, ...profileAfter } = after!;
    expect(profileAfter).toEqual(profileBefore);
    expect(after!.events.map((e) => e.kind)).toEqual(["submitted", "form-again"]);
    // The new link works and, being newer, revokes the one sent before.
    expect((await loadOwnProfile(tokenIn(mail.text))).status).toBe("valid");
    expect(await loadOwnProfile(token)).toEqual({ status: "invalid" });
  });

  it("signs out a link: it and every older link stop working, and a new one can be asked for", async () => {
    const { email, token } = await signUp("203.0.113.11");
    await expect(signOutProfileLink(formData({ token }))).rejects.toEqual(
      redirectTo("/apprentices/profile?signedOut=1"),
    );
    expect(await loadOwnProfile(token)).toEqual({ status: "invalid" });
    expect(await updateProfile(formData({ ...answers({ city: "Signed out" }), token }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("not valid"),
    });
    expect(await resendProfileLink(formData({ token }))).toMatchObject({ ok: false });
    expect(await candidate(email)).toMatchObject({ city: "Green Bay", linkVersion: 2 });
    expect((await candidate(email))!.events.map((e) => e.kind)).toContain("link-signed-out");

    requestScope.setHeaders({ "x-forwarded-for": "203.0.113.12" });
    await expect(requestProfileLink(formData({ email }))).rejects.toEqual(redirectTo("/apprentices/profile?sent=1"));
    const fresh = await deliver(email, "Your private link to your BMET apprenticeship profile");
    expect((await loadOwnProfile(tokenIn(fresh.text))).status).toBe("valid");
  });

  it("updates the profile through the link, replacing the voluntary answers with what is shown", async () => {
    const { email, token } = await signUp("203.0.113.3");
    const result = updateProfile(
      formData({ ...answers({ city: "Oshkosh", situation: "VETERAN", "selfId.sex": "" }), token }),
    );
    await expect(result).rejects.toEqual(redirectTo(`/apprentices/profile/${token}?done=updated`));
    const saved = await candidate(email);
    expect(saved).toMatchObject({ city: "Oshkosh", situation: "VETERAN", email });
    expect(saved!.demographics).toBeNull();
    expect(saved!.events.map((e) => e.kind)).toEqual(["submitted", "updated-by-candidate"]);
  });

  it("renders the profile page, ignoring a made-up confirmation in the URL", async () => {
    const { token } = await signUp("203.0.113.10");
    const page = (done: string) =>
      ProfilePage({ params: Promise.resolve({ token }), searchParams: Promise.resolve({ done }) }).then(html);
    expect(await page("updated")).toContain("Your changes are saved.");
    for (const done of ["__proto__", "constructor", "toString"]) {
      const rendered = await page(done);
      expect(rendered).toContain("Your profile, Avery");
      expect(rendered).not.toContain("Your changes are saved.");
    }
  });

  it("refuses bad input next to the field and changes nothing", async () => {
    const { email, token } = await signUp("203.0.113.4");
    const result = await updateProfile(formData({ ...answers({ postalCode: "ABCDE", city: "Kenosha" }), token }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { postalCode: [expect.stringContaining("ZIP")] } });
    expect(await candidate(email)).toMatchObject({ city: "Green Bay", postalCode: "54301" });
  });

  it("refuses forged, altered and expired links, and changes nothing", async () => {
    const { email, token } = await signUp("203.0.113.5");
    const { id } = (await candidate(email))!;
    const forged = signProfileToken("not-the-server-secret", id, 1);
    // Signed with AUTH_SECRET itself rather than the key derived from it for links: refused too.
    const rawSecret = signProfileToken(TEST_AUTH_SECRET, id, 1);
    const expired = profileLink(
      { id, linkVersion: 1 },
      new Date(Date.now() - (PROFILE_LINK_DAYS + 1) * 86400_000),
    ).token;
    const altered = `${token.slice(0, -2)}xx`;
    for (const bad of [forged, rawSecret, altered, "nonsense"]) {
      expect(await loadOwnProfile(bad)).toEqual({ status: "invalid" });
      expect(await updateProfile(formData({ ...answers({ city: "Forged" }), token: bad }))).toMatchObject({
        ok: false,
        message: expect.stringContaining("not valid"),
      });
      expect(await withdrawProfile(formData({ token: bad }))).toMatchObject({ ok: false });
      expect(await deleteProfile(formData({ token: bad, confirm: "yes" }))).toMatchObject({ ok: false });
    }
    expect(await loadOwnProfile(expired)).toEqual({ status: "expired" });
    expect(await updateProfile(formData({ ...answers({ city: "Expired" }), token: expired }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("expired"),
    });
    expect(await candidate(email)).toMatchObject({ city: "Green Bay", withdrawnAt: null });

    // An expired link still earns a fresh one, sent to the address on the profile.
    await expect(resendProfileLink(formData({ token: expired }))).rejects.toEqual(
      redirectTo("/apprentices/profile?sent=1"),
    );
    const fresh = await deliver(email, "Your private link to your BMET apprenticeship profile");
    expect((await loadOwnProfile(tokenIn(fresh.text))).status).toBe("valid");
  });

  it("withdraws once on a double click; only the owner's link shares it again, never the public form", async () => {
    const { email, token } = await signUp("203.0.113.6");
    const clicks = await Promise.allSettled([
      withdrawProfile(formData({ token })),
      withdrawProfile(formData({ token })),
    ]);
    for (const click of clicks) {
      expect(click).toMatchObject({ status: "rejected", reason: redirectStartingWith(`/apprentices/profile/`) });
    }
    const withdrawn = await candidate(email);
    expect(withdrawn!.withdrawnAt).toBeInstanceOf(Date);
    expect(withdrawn!.events.filter((e) => e.kind === "withdrawn")).toHaveLength(1);
    expect(await db.mailMessage.count({ where: { to: email, subject: { contains: "withdrawn" } } })).toBe(1);

    // Changing answers keeps it withdrawn.
    await expect(updateProfile(formData({ ...answers({ city: "Racine" }), token }))).rejects.toEqual(
      redirectTo(`/apprentices/profile/${token}?done=updated`),
    );
    expect(await candidate(email)).toMatchObject({ city: "Racine", withdrawnAt: expect.any(Date) });

    // Anyone can type the address into the public form: it changes nothing, the profile stays withdrawn, and the
    // owner is emailed a new link.
    await expect(submitInterest(formData({ ...answers({ city: "Kenosha" }), email, website: "" }))).rejects.toEqual(
      redirectTo("/apprentices/interest/thanks"),
    );
    const notice = await deliver(email, "Your BMET apprenticeship profile: the interest form was sent again");
    expect(await candidate(email)).toMatchObject({ city: "Racine", withdrawnAt: expect.any(Date) });
    expect(notice.text).toContain("Your profile stays withdrawn");
    const newToken = tokenIn(notice.text);

    const shares = await Promise.allSettled([
      shareProfileAgain(formData({ token: newToken })),
      shareProfileAgain(formData({ token: newToken })),
    ]);
    for (const share of shares) {
      expect(share).toMatchObject({
        status: "rejected",
        reason: redirectTo(`/apprentices/profile/${newToken}?done=shared`),
      });
    }
    const shared = await candidate(email);
    expect(shared!.withdrawnAt).toBeNull();
    expect(shared!.events.filter((e) => e.kind === "shared-again")).toHaveLength(1);
  });

  it("deletes the person and keeps only an anonymous count for the region and month", async () => {
    const { email, token } = await signUp("203.0.113.7");
    const { id, createdAt } = (await candidate(email))!;
    // An employer partner viewed the profile and wrote to them.
    const { org, owner } = await createOrganization(db);
    await db.candidateView.create({ data: { candidateId: id, organizationId: org.id, userId: owner.id } });
    await db.candidateInterest.create({
      data: { candidateId: id, organizationId: org.id, userId: owner.id, message: "Call Sam at 555-0100." },
    });
    await enqueueMail(db, {
      to: email,
      template: "employer-interest",
      organizationId: org.id,
      props: {
        candidateFirstName: "Avery",
        organizationName: org.legalName,
        senderName: "Sam",
        senderEmail: owner.email,
        message: "Call Sam at 555-0100.",
        profileUrl: "http://localhost:3000/apprentices/profile",
      },
    });
    const month = createdAt.toISOString().slice(0, 7);
    const before =
      (await db.candidateTally.findUnique({ where: { region_month: { region: "MIDWEST", month } } }))?.deleted ?? 0;

    expect(await deleteProfile(formData({ token }))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.stringContaining("Tick the box")] },
    });
    expect(await candidate(email)).not.toBeNull();

    const clicks = await Promise.allSettled([
      deleteProfile(formData({ token, confirm: "yes" })),
      deleteProfile(formData({ token, confirm: "yes" })),
    ]);
    for (const click of clicks) {
      expect(click).toMatchObject({ status: "rejected", reason: redirectTo("/apprentices/profile/deleted") });
    }
    expect(await candidate(email)).toBeNull();
    expect(await db.candidateDemographics.count({ where: { candidateId: id } })).toBe(0);
    expect(await db.candidateEvent.count({ where: { candidateId: id } })).toBe(0);
    expect(await db.candidateView.count({ where: { candidateId: id } })).toBe(0);
    expect(await db.candidateInterest.count({ where: { candidateId: id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: { contains: email } } })).toBe(0);
    expect(
      (await db.candidateTally.findUniqueOrThrow({ where: { region_month: { region: "MIDWEST", month } } })).deleted,
    ).toBe(before + 1);
    expect(await loadOwnProfile(token)).toEqual({ status: "invalid" });
  });

  it("emails a link on request only to an address with a profile, answering everyone the same", async () => {
    const { email } = await signUp("203.0.113.8");
    requestScope.setHeaders({ "x-forwarded-for": "203.0.113.9" });
    const stranger = `nobody.${randomUUID().slice(0, 8)}@example.test`;
    for (const address of [email.toUpperCase(), stranger]) {
      await expect(requestProfileLink(formData({ email: address }))).rejects.toEqual(
        redirectTo("/apprentices/profile?sent=1"),
      );
    }
    const mail = await deliver(email, "Your private link to your BMET apprenticeship profile");
    expect(await db.mailMessage.count({ where: { to: stranger } })).toBe(0);
    expect(await db.profileLinkRequest.count()).toBe(0);
    expect((await loadOwnProfile(tokenIn(mail.text))).status).toBe("valid");

    // Three an hour per address, kept in Postgres.
    for (let i = 0; i < 2; i++) {
      await expect(requestProfileLink(formData({ email }))).rejects.toEqual(redirectTo("/apprentices/profile?sent=1"));
    }
    expect(await requestProfileLink(formData({ email }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("several links"),
    });
    expect(await requestProfileLink(formData({ email: "not an address" }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("valid email")] },
    });
  });

  it("answers 'send me my link' in the same time whether or not a profile exists", async () => {
    const profiles = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => (await signUp(`203.0.113.${20 + i}`)).email),
    );
    const timed = async (email: string, i: number) => {
      // A fresh client and address each time, so no limit is reached.
      requestScope.setHeaders({ "x-forwarded-for": `198.18.${Math.floor(i / 200)}.${i % 200}` });
      const startedAt = performance.now();
      await expect(requestProfileLink(formData({ email }))).rejects.toEqual(redirectTo("/apprentices/profile?sent=1"));
      return performance.now() - startedAt;
    };
    const withProfile: number[] = [];
    const without: number[] = [];
    // Interleaved, so the machine's load falls on both alike; each profile takes up to 3 requests an hour.
    for (let i = 0; i < 15; i++) {
      withProfile.push(await timed(profiles[i % 5]!, 2 * i));
      without.push(await timed(`nobody.${randomUUID().slice(0, 8)}@example.test`, 2 * i + 1));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const gap = Math.abs(median(withProfile) - median(without));
    console.log(
      `link requests: median ${median(withProfile).toFixed(1)} ms with a profile, ${median(without).toFixed(1)} ms without`,
    );
    // Both do the same work (two counters and one insert); before, the gap was about 16 ms of rendering and writing
    // on medians of about 13 ms (over 100% of the faster one). On a loaded machine every request slows alike, so the
    // gap allowed grows with the medians: 8 ms, or half the faster median when that is more (the old gap exceeds
    // both; a third of the median, 5 ms at least, failed once on noise alone in CI: 5.3 ms on 15.7 ms medians).
    const allowed = Math.max(8, Math.min(median(withProfile), median(without)) / 2);
    expect(gap).toBeLessThan(allowed);
    expect(await db.profileLinkRequest.count()).toBe(30);
    await processProfileLinkRequests(db);
    expect(await db.profileLinkRequest.count()).toBe(0);
  });
});
