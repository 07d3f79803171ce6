import path from "node:path";
import { createOrganization, createUser, completeStepsThroughMentor } from "../support/factories";
import { test, expect } from "../e2e/support/fixtures";
import { browserFor } from "../e2e/support/journey";
import { submittedEmployer } from "../e2e/support/partner-records";

// The README's two screenshots, on a desktop: an employer's checklist part way through, and the page where an AAMI
// reviewer works on a submission they claimed. The records are written straight to the database, as the
// end-to-end tests write theirs.
const OUT = path.resolve(import.meta.dirname, "../../docs/screenshots");
const DESKTOP = { width: 1280, height: 900 };
/** The review page down to its packets; below them the frame of the signed PDF stays blank in headless Chromium. */
const REVIEW_CLIP = { x: 0, y: 0, width: 1280, height: 760 };

/** People's names where the factories give test names ("Pat Example 1a2b3c4d"). */
const named = (db: Parameters<typeof createUser>[0], userId: string, name: string) =>
  db.user.update({ where: { id: userId }, data: { name } });

test("the employer's checklist and the staff review page", async ({ browser, db }) => {
  const employer = await createOrganization(db, {
    name: "Lakeview Regional Medical Center",
    ownerEmail: "dana.nguyen@lakeview-health.example",
  });
  await named(db, employer.owner.id, "Dana Nguyen");
  await completeStepsThroughMentor(db, employer.org.id, employer.owner.id);
  await db.onboardingStep.createMany({
    data: (["STANDARDS", "POSITION", "FUNDING", "MENTOR"] as const).map((step) => ({
      organizationId: employer.org.id,
      step,
      status: "COMPLETE" as const,
      completedAt: new Date(),
      completedById: employer.owner.id,
    })),
  });
  const checklist = await browserFor(browser, db, employer.owner.id, { viewport: DESKTOP });
  await checklist.goto("/onboarding");
  await expect(checklist.getByText("What's next:")).toBeVisible();
  await checklist.screenshot({ path: path.join(OUT, "employer-checklist.png"), fullPage: true });

  const reviewer = await createUser(db, {
    staffRole: "STAFF_REVIEWER",
    name: "Morgan Ellis",
    email: "morgan.ellis@aami.example",
  });
  const submitted = await createOrganization(db, {
    name: "Riverside Community Hospital",
    ownerEmail: "hr@riverside-community.example",
  });
  await named(db, submitted.owner.id, "Jamie Ortiz");
  const { submission } = await submittedEmployer(db, submitted, { status: "IN_REVIEW", reviewerId: reviewer.id });
  const review = await browserFor(browser, db, reviewer.id, { viewport: DESKTOP });
  await review.goto(`/staff/submissions/${submission.id}`);
  await expect(review.getByRole("heading", { level: 1 })).toContainText("Riverside Community Hospital");
  await review.screenshot({ path: path.join(OUT, "staff-review.png"), clip: REVIEW_CLIP });
});
