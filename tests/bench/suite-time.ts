// The suite-time figure of `npm run bench`: the wall time of the last `npm test`, per stage, as tests/run-all.sh
// recorded it in .test-timings.json (passed or failed). Reading it costs nothing; `npm run bench -- --suite` first runs
// the whole suite (many minutes) so the figure is fresh. The target is a whole run under 5 minutes on 2 cores.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { formatTestTimings, readTestTimings, TEST_TIMINGS_FILE } from "../support/test-timings";

const TARGET_SECONDS = 5 * 60;

export async function benchSuiteTime({ runSuite = process.argv.includes("--suite") } = {}): Promise<void> {
  if (runSuite) {
    console.log("\nRunning the whole suite (npm test) for a fresh suite time…");
    spawnSync("npm", ["test"], { cwd: path.resolve(import.meta.dirname, "../.."), stdio: "inherit" });
  }
  const timings = readTestTimings();
  console.log("\nSuite time (npm test, wall clock)");
  if (!timings) {
    console.log(`  no run recorded yet (${TEST_TIMINGS_FILE}): run npm test, or npm run bench -- --suite`);
    return;
  }
  console.log(`  last run ended ${timings.finishedAt} on ${timings.cpus} cores, ${timings.outcome}`);
  console.log(formatTestTimings(timings, { withFiles: true }));
  console.log(
    `  ${(timings.totalSeconds / TARGET_SECONDS).toFixed(2)}× the 5-minute target` +
      (timings.outcome === "failed" ? " (a failed run stops early: its total is not the suite's)" : ""),
  );
}
