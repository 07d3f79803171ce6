// Prints one closing line, "N passed, N failed", summed over the JSON reports of the vitest and Playwright runs
// in tests/run-all.sh, so CI (and people) see the total at a glance.
import { existsSync, readFileSync } from "node:fs";

const dir = process.argv[2];
if (!dir) throw new Error("usage: summarize-test-results.ts <reports folder>");
let passed = 0;
let failed = 0;
let skipped = 0;

for (const name of ["unit", "integration", "security"]) {
  const file = `${dir}/${name}.json`;
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}

const e2eFile = `${dir}/e2e.json`;
if (existsSync(e2eFile)) {
  const { stats } = JSON.parse(readFileSync(e2eFile, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
