import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedFigures, FIGURES_MAX_AGE_MS } from "@/lib/cached-figures";
import { clearProcessCache } from "@/lib/process-cache";

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2031-05-15T14:02:00Z") });
  clearProcessCache();
});
afterEach(() => vi.useRealTimers());

describe("cachedFigures", () => {
  it("loads once per minute and says when it loaded", async () => {
    let loads = 0;
    const load = async () => ++loads;
    expect(await cachedFigures("k", load)).toEqual({ value: 1, asOf: new Date("2031-05-15T14:02:00Z") });
    vi.advanceTimersByTime(FIGURES_MAX_AGE_MS - 1);
    expect(await cachedFigures("k", load)).toEqual({ value: 1, asOf: new Date("2031-05-15T14:02:00Z") });
    vi.advanceTimersByTime(1);
    expect(await cachedFigures("k", load)).toEqual({ value: 2, asOf: new Date("2031-05-15T14:03:00Z") });
    expect(await cachedFigures("other", load)).toEqual({ value: 3, asOf: new Date("2031-05-15T14:03:00Z") });
  });

  it("shares one load between concurrent callers and does not keep a failure", async () => {
    let loads = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 10));
    const both = Promise.all([cachedFigures("k", slow), cachedFigures("k", slow)]);
    await vi.advanceTimersByTimeAsync(10);
    expect((await both).map((f) => f.value)).toEqual([1, 1]);

    await expect(cachedFigures("bad", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect((await cachedFigures("bad", async () => "back")).value).toBe("back");
  });
});
