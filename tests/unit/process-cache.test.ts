import { afterEach, describe, expect, it } from "vitest";
import { cachedInProcess, clearProcessCache, deepFreeze, forgetCached } from "@/lib/process-cache";

afterEach(() => clearProcessCache());

describe("cachedInProcess and forgetCached", () => {
  it("loads again after a write forgets the value, and never keeps what a load running at that moment read", async () => {
    let stored = "old";
    let loads = 0;
    let release = () => {};
    const load = async () => {
      loads++;
      const read = stored;
      await new Promise<void>((resolve) => (release = resolve));
      return read;
    };
    const before = cachedInProcess("k", 60_000, load);
    // A write commits while that load, which read the old value, is still running, and forgets the key.
    stored = "new";
    forgetCached("k");
    release();
    expect((await before).value).toBe("old");
    const after = cachedInProcess("k", 60_000, load);
    release();
    expect((await after).value).toBe("new");
    expect((await cachedInProcess("k", 60_000, load)).value).toBe("new");
    expect(loads).toBe(2);
  });
});

describe("deepFreeze", () => {
  it("freezes every object and array inside, so a shared value cannot be changed by one request", () => {
    const value = deepFreeze({ sets: [{ skills: [{ title: "a" }] }], at: new Date(0) });
    expect(() => value.sets.push({ skills: [] })).toThrow(TypeError);
    expect(() => (value.sets[0]!.skills[0]!.title = "b")).toThrow(TypeError);
    expect(Object.isFrozen(value.at)).toBe(true);
  });
});
