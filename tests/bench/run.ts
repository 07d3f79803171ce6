// npm run bench: speed and size figures for the work the portal does, printed, never asserted, each compared with
// something measured in the same run (this machine is noisy): the pure parts first (the wage rules; PDFs as
// multiples of a bare pdf-lib document), then the review queue and the candidate lists on a local PostgreSQL, the
// pages served by `next start` as ratios to a trivial page (with Lighthouse on the same server, and the staff pages
// at 100 and 10,000 organizations, the training dashboards at 10,000 apprentices and 1,000,000 hour entries), each
// route's first-load JavaScript, and last the time of the last `npm test`
// (`npm run bench -- --suite` runs the suite first).
import { minimumWageFor } from "../../lib/onboarding/wages/minimum-wage";
import { checkWageSchedule } from "../../lib/onboarding/wages/rules";
import { benchReviewQueue } from "./review-queue";
import { benchCandidates } from "./candidates";
import { benchClientWeight } from "./client-weight";
import { prepareBenchDatabase, preparePdfBenchDatabase } from "./database";
import { benchPages } from "./pages";
import { benchPdfs } from "./pdfs";
import { benchSuiteTime } from "./suite-time";
import { benchTraining } from "./training";
import { time } from "./timing";
import { SAMPLE_WAGE_SCHEDULE } from "../support/agreement-fixtures";
import { STANDARDS_V1 } from "../support/standards";

console.log("BMET portal benchmarks (pure functions, this machine)\n");
await time("Wage rules check (3 raises)", 10_000, () =>
  checkWageSchedule(SAMPLE_WAGE_SCHEDULE, minimumWageFor("WI"), STANDARDS_V1),
);
await benchPdfs({ databaseUrl: await preparePdfBenchDatabase() });

if (await prepareBenchDatabase()) {
  await benchReviewQueue(time);
  await benchCandidates(time);
  const { db } = await import("../../lib/db");
  await db.$disconnect();
  await benchPages();
  await benchTraining();
}

await benchClientWeight();
await benchSuiteTime();
