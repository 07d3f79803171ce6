import { performance } from "node:perf_hooks";

// The timing loop every pure-function figure of `npm run bench` uses.

/** The milliseconds of `runs` calls of `fn`, sorted, after one warm-up call. */
export async function sampleMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

/** The sample below which a fraction `p` of the sorted samples fall (0.5: the median). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Prints the median and p95 of `runs` calls of `fn`. */
export async function time(label: string, runs: number, fn: () => Promise<unknown> | unknown) {
  const samples = await sampleMs(runs, fn);
  const ms = (p: number) => percentile(samples, p).toFixed(3);
  console.log(`${label.padEnd(44)} median ${ms(0.5).padStart(8)} ms   p95 ${ms(0.95).padStart(8)} ms   (${runs} runs)`);
}
