// Lighthouse (mobile: its default phone emulation and simulated slow 4G / 4× CPU throttling) on the public pages
// that matter most, against a running production server: the page section of npm run bench runs it on its server.
// Scores vary from run to run (more so on a busy machine), so each page runs RUNS times and the median is printed.
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

const PAGES = ["/", "/apprentices/interest"];
const RUNS = 3;
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface LighthouseRun {
  performance: number;
  accessibility: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
}

async function runOnce(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
    cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
  };
}

export async function benchLighthouse(baseUrl: string): Promise<void> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    console.log(`\nLighthouse ${RUNS} mobile runs per page, medians (targets: performance ≥ 95, accessibility 100)`);
    for (const page of PAGES) {
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(new URL(page, baseUrl).href, chrome.port));
      const m = (key: keyof LighthouseRun) => median(runs.map((r) => r[key]));
      console.log(
        `${page.padEnd(24)} performance ${String(m("performance")).padStart(3)}  accessibility ` +
          `${String(m("accessibility")).padStart(3)}  TBT ${m("tbtMs").toFixed(0).padStart(5)} ms  ` +
          `LCP ${m("lcpMs").toFixed(0).padStart(5)} ms  CLS ${m("cls").toFixed(3)}  ` +
          `(performance per run: ${runs.map((r) => r.performance).join(", ")})`,
      );
    }
  } finally {
    chrome.kill();
  }
}
