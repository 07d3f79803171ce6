import { describe, expect, it } from "vitest";
import { canonicalJson, canonicalJsonSha256, sha256Hex } from "@/lib/storage/hash";

describe("canonical JSON", () => {
  it("sorts keys at every depth, keeps array order and writes no whitespace", () => {
    expect(canonicalJson({ b: [3, { z: 1, a: null }], a: "x", n: 2.5 })).toBe(
      '{"a":"x","b":[3,{"a":null,"z":1}],"n":2.5}',
    );
  });

  it("orders keys by UTF-16 code units, as in RFC 8785's own example", () => {
    const value = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    expect(canonicalJson(value)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it("stores what JSON would store, so the hash can be recomputed from the saved data", () => {
    const withDate = { at: new Date("2026-11-23T15:04:05Z"), gone: undefined };
    const saved = JSON.parse(JSON.stringify(withDate));
    expect(canonicalJson(withDate)).toBe('{"at":"2026-11-23T15:04:05.000Z"}');
    expect(canonicalJsonSha256(withDate)).toBe(canonicalJsonSha256(saved));
    expect(canonicalJsonSha256(withDate)).toBe(
      sha256Hex(new TextEncoder().encode('{"at":"2026-11-23T15:04:05.000Z"}')),
    );
  });
});
