// The end of tests/run-all.sh, passed or failed: one closing line, "N passed, N failed", summed over the JSON
// reports of the vitest and Playwright runs, so CI (and people) see the total at a glance; and the wall time of each
// stage with its slowest files, printed and kept in .test-timings.json for `npm run bench`.
//   summarize-test-results.ts <reports folder> <exit code of the run> <wall time of the run in seconds>
import { cpus } from "node:os";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatTestTimings, writeTestTimings, type StageTiming } from "./test-timings";

const [dir, exitCode = "0", wallSeconds] = process.argv.slice(2);
if (!dir) throw new Error("usage: summarize-test-results.ts <reports folder> <exit code> <wall seconds>");
const root = path.resolve(import.meta.dirname, "../..");
const SLOWEST = 5;
let passed = 0;
let failed = 0;
let skipped = 0;

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; startTime: number; endTime: number }[];
};
type PlaywrightSuite = {
  file: string;
  specs: { tests: { results: { duration: number }[] }[] }[];
  suites?: PlaywrightSuite[];
};

/** Seconds per test file, slowest first. */
const slowest = (durations: Map<string, number>) =>
  [...durations]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SLOWEST)
    .map(([file, ms]) => ({ file, seconds: Math.round(ms / 100) / 10 }));

const slowestFiles = new Map<string, StageTiming["slowestFiles"]>();

for (const name of ["unit", "integration", "security"]) {
  const file = `${dir}/${name}.json`;
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  slowestFiles.set(
    name,
    slowest(new Map(r.testResults.map((t) => [path.relative(root, t.name), t.endTime - t.startTime]))),
  );
}

const e2eFile = `${dir}/e2e.json`;
if (existsSync(e2eFile)) {
  const { stats, suites } = JSON.parse(readFileSync(e2eFile, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    suites: PlaywrightSuite[];
  };
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  // Summed test time per spec file (with 2 workers, more than the stage's wall time).
  const durations = new Map<string, number>();
  const add = (suite: PlaywrightSuite) => {
    const ms = suite.specs.flatMap((s) => s.tests.flatMap((t) => t.results.map((r) => r.duration)));
    durations.set(suite.file, (durations.get(suite.file) ?? 0) + ms.reduce((a, b) => a + b, 0));
    suite.suites?.forEach(add);
  };
  suites.forEach(add);
  slowestFiles.set("e2e", slowest(durations));
}

// Stage wall times, one "name<TAB>seconds<TAB>outcome<TAB>report" line per stage, written by run-all.sh.
const stagesFile = `${dir}/stages.tsv`;
const stages: StageTiming[] = existsSync(stagesFile)
  ? readFileSync(stagesFile, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [stage = "", seconds, outcome, report] = line.split("\t");
        return {
          stage,
          seconds: Number(seconds),
          outcome: outcome === "passed" ? "passed" : "failed",
          ...(report && slowestFiles.has(report) ? { slowestFiles: slowestFiles.get(report) } : {}),
        };
      })
  : [];
const timings = {
  finishedAt: new Date().toISOString(),
  totalSeconds: wallSeconds ? Number(wallSeconds) : stages.reduce((sum, s) => sum + s.seconds, 0),
  outcome: exitCode === "0" ? ("passed" as const) : ("failed" as const),
  cpus: cpus().length,
  stages,
};
if (stages.length) {
  writeTestTimings(timings);
  console.log(`\nWall time per stage (kept in .test-timings.json; npm run bench prints it):`);
  console.log(formatTestTimings(timings, { withFiles: true }));
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
