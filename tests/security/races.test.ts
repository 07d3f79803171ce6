import { beforeAll, describe, expect, it } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { ActionResult } from "@/lib/action-client";
import { db } from "@/lib/db";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { hideListing } from "@/lib/listings/actions";
import { agreementFingerprint, loadAgreementContent } from "@/lib/onboarding/agreement/content";
import { submitForReview } from "@/lib/onboarding/submit/actions";
import { buildSampleDocumentPdf } from "@/lib/pdf/sample-document";
import { approve, claim } from "@/lib/review/actions";
import { sha256Hex } from "@/lib/storage/hash";
import { publishBothDocuments } from "../support/documents";
import { addMember, completeStepsThroughMentor, createOrganization } from "../support/factories";
import { formData } from "../support/form";
import { APPROVAL_FIELDS } from "../support/submission";
import { mapLimit } from "./support/fuzz-calls";
import { actAs, principal, staffMember, type Principal } from "./support/principals";

// Two people doing the same thing at the same moment, 100 rounds each, on real Postgres (PGlite would serialize
// them): each person is their own request with their own session cookie (requestScope.run), and both calls start
// together. Every round must have exactly one effect (one winner), exactly one audit event and no email queued
// twice to anyone, and neither call may fail unexpectedly; the loser is refused with a message, or redirected to
// the same confirmation when the outcome is the same. Rounds run a few at a time, each on its own organization.
//   - two staff approve the same claimed submission: the reviewer who claimed it and a staff administrator;
//   - the owner and an admin of one organization submit its step 7 at once;
//   - two staff administrators hide the same employer's listing at once.
// Mentors have no accounts yet (issue 17 adds them), so no race between mentors is possible here.

const ROUNDS = 100;
/** Rounds per test, so no test comes near the timeout on a busy machine. */
const ROUNDS_PER_TEST = 5;
/** Rounds at a time: each holds two connections (a transaction and one waiting on its lock). */
const PARALLEL = 3;

type Outcome = "redirect" | "refused" | "generic" | "thrown";
type Round = { outcomes: Outcome[]; winners: number; audits: number; doubleEmails: number; problems: string[] };
const RACES = ["approve", "submit", "hide"] as const;
type Race = (typeof RACES)[number];

const tally = { rounds: 0, singleWinners: 0, doubleAudits: 0, doubleEmails: 0, unexpected: 0 };
const byRace: Record<Race, { rounds: number; single: number }> = {
  approve: { rounds: 0, single: 0 },
  submit: { rounds: 0, single: 0 },
  hide: { rounds: 0, single: 0 },
};

let staff: { reviewer: Principal; admin: Principal; secondAdmin: Principal };
let signedPdf: Uint8Array;

/** What a call did: redirected (how actions end on success), refused with a message, or failed unexpectedly. */
async function attempt(who: Principal, act: () => Promise<ActionResult<unknown>>): Promise<[Outcome, string]> {
  try {
    const result = await actAs(who, act);
    if (result.ok) return ["redirect", ""];
    return [result.message === GENERIC_ERROR_MESSAGE ? "generic" : "refused", result.message];
  } catch (error) {
    return isRedirectError(error) ? ["redirect", ""] : ["thrown", String(error)];
  }
}

/** Both at once: neither call starts before both are set up. */
async function race(calls: Array<[Principal, () => Promise<ActionResult<unknown>>]>) {
  return Promise.all(calls.map(([who, act]) => attempt(who, act)));
}

/** Emails queued more than once to the same address with the same template, for the organization. */
async function doubleEmails(organizationId: string) {
  const rows = await db.mailMessage.groupBy({
    by: ["to", "template"],
    where: { organizationId },
    _count: { _all: true },
  });
  return rows.filter((r) => r._count._all > 1).length;
}

/**
 * An organization ready to submit, built directly in the database: steps 1–5 and the wage schedule done, and the
 * Employer Agreement signed for exactly its current content (a small real PDF stands for the signed file), with an
 * owner and an admin who can submit.
 */
async function readyOrganization() {
  const { org, owner } = await createOrganization(db);
  await completeStepsThroughMentor(db, org.id, owner.id);
  const admin = await addMember(db, org.id, "ADMIN");
  const fingerprint = agreementFingerprint(await loadAgreementContent(org.id));
  const sha256 = sha256Hex(signedPdf);
  const file = await db.storedFile.create({
    data: {
      organizationId: org.id,
      filename: "employer-agreement-v1-signed.pdf",
      contentType: "application/pdf",
      byteSize: signedPdf.length,
      sha256,
      data: Buffer.from(signedPdf),
    },
  });
  await db.employerAgreement.create({
    data: {
      organizationId: org.id,
      version: 1,
      method: "ELECTRONIC",
      unsignedSha256: sha256,
      contentFingerprint: fingerprint,
      signedFileId: file.id,
      signedSha256: sha256,
      signerUserId: owner.id,
      signerName: "Dana Owner",
      signerTitle: "CEO",
      signerEmail: owner.email,
      signedAt: new Date(),
      consentToEsign: true,
    },
  });
  return { org, owner: await principal("owner", owner.id), admin: await principal("admin", admin.user.id) };
}

const submitted = (who: Principal) =>
  attempt(who, () => submitForReview(formData({ basedOnVersion: "0", confirm: "yes" })));

const ROUND: Record<Race, () => Promise<Round>> = {
  // The owner and an admin press "Submit to AAMI" on the same page at the same moment.
  async submit() {
    const { org, owner, admin } = await readyOrganization();
    const press = () => submitForReview(formData({ basedOnVersion: "0", confirm: "yes" }));
    const outcomes = await race([
      [owner, press],
      [admin, press],
    ]);
    const submissions = await db.submission.count({ where: { organizationId: org.id } });
    const audits = await db.auditEvent.count({ where: { organizationId: org.id, kind: "submission.submitted" } });
    return {
      outcomes: outcomes.map(([o]) => o),
      winners: submissions,
      audits,
      doubleEmails: await doubleEmails(org.id),
      problems: outcomes.filter(([o]) => o !== "redirect").map(([o, m]) => `${o}: ${m}`),
    };
  },

  // Two staff administrators approve (and countersign) the submission a reviewer claimed, at the same moment.
  async approve() {
    const { org, owner } = await readyOrganization();
    const [submittedAs] = await submitted(owner);
    const submission = await db.submission.findFirstOrThrow({ where: { organizationId: org.id } });
    const target = (extra: Record<string, string> = {}) =>
      formData({ submissionId: submission.id, rowVersion: String(submission.rowVersion), ...extra });
    const [claimedAs] = await attempt(staff.reviewer, () => claim(target()));
    const confirm = () => approve(formData({ submissionId: submission.id, rowVersion: "1", ...APPROVAL_FIELDS }));
    const outcomes = await race([
      [staff.secondAdmin, confirm],
      [staff.admin, confirm],
    ]);
    const decisions = await db.reviewDecision.count({ where: { submissionId: submission.id, kind: "APPROVE" } });
    const packets = await db.registrationPacket.count({ where: { submissionId: submission.id } });
    const audits = await db.auditEvent.count({ where: { organizationId: org.id, kind: "review.approved" } });
    const redirected = outcomes.filter(([o]) => o === "redirect").length;
    const problems = [
      ...(submittedAs === "redirect" && claimedAs === "redirect"
        ? []
        : [`set-up: submit ${submittedAs}, claim ${claimedAs}`]),
      ...(redirected === 1 ? [] : [`${redirected} callers were told they approved it`]),
      ...(packets === decisions ? [] : [`${packets} packets for ${decisions} approvals`]),
      // The loser is told who approved it first; it is never redirected as if it had approved.
      ...outcomes
        .filter(([o, m]) => o !== "redirect" && !(o === "refused" && / approved this submission at /.test(m)))
        .map(([o, m]) => `${o}: ${m}`),
    ];
    return {
      outcomes: outcomes.map(([o]) => o),
      winners: decisions,
      audits,
      doubleEmails: await doubleEmails(org.id),
      problems,
    };
  },

  // Two staff administrators hide the same listing at the same moment: the conditional update records one change.
  async hide() {
    const { org } = await createOrganization(db);
    const press = () => hideListing(formData({ organizationId: org.id }));
    const outcomes = await race([
      [staff.admin, press],
      [staff.secondAdmin, press],
    ]);
    const hidden = await db.organization.count({ where: { id: org.id, listingHiddenByStaff: true } });
    const audits = await db.auditEvent.count({ where: { organizationId: org.id, kind: "listing.hidden" } });
    return {
      outcomes: outcomes.map(([o]) => o),
      winners: audits,
      audits,
      doubleEmails: await doubleEmails(org.id),
      problems: [
        ...(hidden === 1 ? [] : ["the listing is not hidden"]),
        ...outcomes.filter(([o]) => o !== "redirect").map(([o, m]) => `${o}: ${m}`),
      ],
    };
  },
};

async function runRounds(kind: Race, count: number) {
  const failures: string[] = [];
  await mapLimit(
    Array.from({ length: count }, (_, i) => i),
    PARALLEL,
    async () => {
      const round = await ROUND[kind]();
      tally.rounds++;
      byRace[kind].rounds++;
      if (round.winners === 1) tally.singleWinners++;
      if (round.winners === 1) byRace[kind].single++;
      if (round.audits > 1) tally.doubleAudits++;
      if (round.doubleEmails > 0) tally.doubleEmails++;
      tally.unexpected += round.outcomes.filter((o) => o === "generic" || o === "thrown").length;
      const wrong = [
        ...(round.winners === 1 ? [] : [`${round.winners} winners`]),
        ...(round.audits === 1 ? [] : [`${round.audits} audit events`]),
        ...(round.doubleEmails === 0 ? [] : [`${round.doubleEmails} emails queued twice`]),
        ...round.problems,
      ];
      if (wrong.length) failures.push(`${kind}: ${wrong.join("; ")} (outcomes ${round.outcomes.join(", ")})`);
    },
  );
  return failures;
}

const tests = Array.from({ length: ROUNDS / ROUNDS_PER_TEST }, (_, i) => i + 1);

describe("two people doing the same thing at once", () => {
  beforeAll(async () => {
    await publishBothDocuments(db);
    staff = {
      reviewer: await staffMember("STAFF_REVIEWER"),
      admin: await staffMember("STAFF_ADMIN"),
      secondAdmin: await staffMember("STAFF_ADMIN"),
    };
    signedPdf = await buildSampleDocumentPdf({
      title: "Employer Agreement (signed)",
      subtitle: "Test copy",
      sections: [{ heading: "Signed", body: "Dana Owner, CEO" }],
    });
    // One round of each, outside the count: the first approval loads the PDF fonts and compiles every query, which
    // would otherwise all land in the first batch's time.
    for (const kind of RACES) expect(await ROUND[kind]()).toMatchObject({ winners: 1, audits: 1, problems: [] });
  });

  describe.each(RACES)("%s", (kind) => {
    it.each(tests)(`rounds, batch %i of ${tests.length}`, async () => {
      const failures = await runRounds(kind, ROUNDS_PER_TEST);
      expect(failures.slice(0, 5).join("\n")).toBe("");
    });
  });

  it("had one winner in every round, one audit event each, and no email queued twice", () => {
    console.log(
      `races: ${tally.rounds} rounds, ${tally.singleWinners} single winners, ${tally.doubleAudits} double audits, ` +
        `${tally.doubleEmails} double emails`,
    );
    expect(byRace).toEqual({
      approve: { rounds: ROUNDS, single: ROUNDS },
      submit: { rounds: ROUNDS, single: ROUNDS },
      hide: { rounds: ROUNDS, single: ROUNDS },
    });
    expect({
      doubleAudits: tally.doubleAudits,
      doubleEmails: tally.doubleEmails,
      unexpected: tally.unexpected,
    }).toEqual({ doubleAudits: 0, doubleEmails: 0, unexpected: 0 });
  });
});
