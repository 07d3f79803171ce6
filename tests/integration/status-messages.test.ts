import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshChecklist } from "@/lib/onboarding/facts";
import { getSetting } from "@/lib/settings/data";
import { APPRENTICE_MESSAGES, SUBMISSION_MESSAGES, type SubmissionState } from "@/lib/status-messages";
import OnboardingPage from "@/app/(employer)/onboarding/page";
import PositionStepPage from "@/app/(employer)/onboarding/position/page";
import SubmitStepPage from "@/app/(employer)/onboarding/submit/page";
import ApprenticePage from "@/app/(employer)/onboarding/apprentices/[apprenticeId]/page";
import StaffApprenticePage from "@/app/(staff)/staff/apprentices/[apprenticeId]/page";
import StaffDocumentsPage from "@/app/(staff)/staff/documents/page";
import StaffEmployersPage from "@/app/(staff)/staff/employers/page";
import Forbidden from "@/app/forbidden";
import { apprentice } from "../support/apprentices";
import { publishBothDocuments } from "../support/documents";
import { createUser } from "../support/factories";
import { html } from "../support/render";
import { asUser, signInAs } from "../support/sign-in";
import { readyToSubmit, reviewedOrganization, type ReviewOutcome } from "../support/submission";

// The pages read their status messages from lib/status-messages.ts: here each page is drawn, as its user, for an
// organization really taken to each state by the review actions, and shows that state's message and no other's.

/** Text as renderToString writes it. */
const esc = (text: string) => text.replaceAll("&", "&amp;").replaceAll("'", "&#x27;").replaceAll('"', "&quot;");
const OUTCOMES: ReviewOutcome[] = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "REJECTED", "APPROVED", "ACCEPTED"];

let reviewerId: string;
beforeAll(async () => {
  await publishBothDocuments(db);
  reviewerId = (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id;
});

describe("the employer's step pages, in every state of the submission", () => {
  it("say where the submission stands on step 7 and why a step is read-only, and nothing that is no longer true", async () => {
    const days = await getSetting("reviewTargetBusinessDays");
    const states: Array<[SubmissionState, () => Promise<unknown>]> = [
      ["NOT_SUBMITTED", () => readyToSubmit()],
      ...OUTCOMES.map(
        (o) => [o, () => reviewedOrganization(reviewerId, o)] as [SubmissionState, () => Promise<unknown>],
      ),
    ];
    for (const [state, reach] of states) {
      await reach();
      const submit = html(await SubmitStepPage());
      const message = SUBMISSION_MESSAGES.employerSubmitPage[state];
      for (const line of message.next({ version: 1, reviewTargetDays: days }))
        expect(submit, state).toContain(esc(line));
      if (state !== "NOT_SUBMITTED") expect(submit, state).toContain(esc(message.title(1)));

      const position = html(await PositionStepPage());
      const notice = SUBMISSION_MESSAGES.employerReadOnlyStep[state];
      if (notice) expect(position, state).toContain(esc(notice));
      // Only the state's own notice: never another state's.
      for (const other of Object.values(SUBMISSION_MESSAGES.employerReadOnlyStep)) {
        if (other && other !== notice) expect(position, state).not.toContain(esc(other));
      }
    }
  }, 240_000);

  it("tell a registered organization on step 7 that it is accepted, not that AAMI may still ask for changes", async () => {
    await reviewedOrganization(reviewerId, "ACCEPTED");
    const page = html(await SubmitStepPage());
    expect(page).toContain("Version 1 is accepted by the Registration Agency");
    expect(page).toContain(esc("The Registration Agency accepted your agreement into AAMI's program"));
    expect(page).not.toContain("If AAMI asks for changes");
    expect(page).not.toContain("is with AAMI");
  }, 60_000);
});

describe("step 8 and the apprenticeship agreement panel", () => {
  it("keep step 8 in progress while an apprentice waits for review, and explain an agreement panel with nothing in it", async () => {
    const { org } = await reviewedOrganization(reviewerId, "ACCEPTED");
    await apprentice(db, org.id, "Approved", "APPROVED");
    // Enrolled as the demo's is: with AAMI for review, and no agreement on file.
    const waiting = await apprentice(db, org.id, "Waiting", "PENDING_REGISTRATION");
    await refreshChecklist(db, org.id, null);

    const checklist = html(await OnboardingPage());
    // Step 8's item of the list (the "What's next" button above the list names the step too).
    const fromStep8 = checklist.slice(checklist.indexOf("Step 8.</span>"));
    const step8 = fromStep8.slice(0, fromStep8.indexOf("</li>"));
    expect(step8).toContain(">In progress<");
    expect(step8).not.toContain(">Complete<");
    expect(step8).toContain("Apprentices: 1 with AAMI for review · 1 approved by AAMI, going to DOL.");

    const params = { params: Promise.resolve({ apprenticeId: waiting.id }), searchParams: Promise.resolve({}) };
    const employerView = html(await ApprenticePage(params));
    expect(employerView).toContain("No agreement on file");
    expect(employerView).toContain(esc(APPRENTICE_MESSAGES.employerAgreementMissing.PENDING_REGISTRATION));

    const staff = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const staffView = html(await asUser(staff.id, () => StaffApprenticePage(params)));
    expect(staffView).toContain(esc(APPRENTICE_MESSAGES.staffAgreementMissing.PENDING_REGISTRATION));
    expect(staffView).toContain(esc(APPRENTICE_MESSAGES.staffNext.PENDING_REGISTRATION));
  }, 60_000);
});

describe("staff pages", () => {
  it("show the employers list's statuses as written, names capitalized", async () => {
    await reviewedOrganization(reviewerId, "ACCEPTED", { name: "Capital Letters Hospital" });
    await signInAs(reviewerId);
    const page = html(await StaffEmployersPage({ searchParams: Promise.resolve({ name: "Capital Letters" }) }));
    expect(page).toContain("Version 1: Accepted by the Registration Agency");
    expect(page).not.toContain("registration agency");
  }, 60_000);

  it("tell a staff reviewer on an administrator's page that it needs a staff administrator, not that it is missing", async () => {
    await signInAs(reviewerId);
    await expect(StaffDocumentsPage()).rejects.toMatchObject({ digest: expect.stringContaining(";403") });
    const page = html(await Forbidden());
    expect(page).toContain("This page needs an AAMI staff administrator");
    expect(page).not.toContain("another organization");
  });
});
