// The wall times of the last `npm test` (tests/run-all.sh): written by summarize-test-results.ts when the run ends,
// passed or failed, and printed by `npm run bench` (tests/bench/suite-time.ts). Kept out of git (.gitignore).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const TEST_TIMINGS_FILE = path.resolve(import.meta.dirname, "../../.test-timings.json");

export type StageTiming = {
  stage: string;
  seconds: number;
  outcome: "passed" | "failed";
  /** The slowest test files of the stage, slowest first (vitest and Playwright reports). */
  slowestFiles?: { file: string; seconds: number }[];
};

export type TestTimings = {
  /** When the run ended, ISO 8601. */
  finishedAt: string;
  totalSeconds: number;
  outcome: "passed" | "failed";
  /** The machine's cores: times here only compare with runs on the same kind of machine. */
  cpus: number;
  stages: StageTiming[];
};

export function readTestTimings(): TestTimings | undefined {
  if (!existsSync(TEST_TIMINGS_FILE)) return undefined;
  return JSON.parse(readFileSync(TEST_TIMINGS_FILE, "utf8")) as TestTimings;
}

export function writeTestTimings(timings: TestTimings) {
  writeFileSync(TEST_TIMINGS_FILE, `${JSON.stringify(timings, null, 2)}\n`);
}

const minutes = (seconds: number) => `${Math.floor(seconds / 60)} min ${(seconds % 60).toFixed(0).padStart(2, "0")} s`;

/** The stage table as text, with the total, for the end of `npm test` and for the bench. */
export function formatTestTimings(t: TestTimings, { withFiles = false } = {}): string {
  const width = Math.max(...t.stages.map((s) => s.stage.length), "total".length);
  const lines = t.stages.flatMap((s) => [
    `  ${s.stage.padEnd(width)}  ${s.seconds.toFixed(1).padStart(6)} s${s.outcome === "failed" ? "  (failed)" : ""}`,
    ...(withFiles
      ? (s.slowestFiles ?? []).map((f) => `  ${"".padEnd(width)}    ${f.seconds.toFixed(1)} s  ${f.file}`)
      : []),
  ]);
  return [
    ...lines,
    `  ${"total".padEnd(width)}  ${t.totalSeconds.toFixed(1).padStart(6)} s  = ${minutes(t.totalSeconds)}, ${t.outcome}`,
  ].join("\n");
}
