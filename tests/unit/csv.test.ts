import { describe, expect, it } from "vitest";
import { csvField, csvHeaders, csvLine, csvStream, type CsvValue } from "@/lib/csv";
import { parseCsv } from "../support/csv";

describe("csvField", () => {
  it("quotes only what needs quoting and doubles quotes", () => {
    expect(csvField("Madison")).toBe("Madison");
    expect(csvField("Madison, WI")).toBe('"Madison, WI"');
    expect(csvField('The "Mercy" clinic')).toBe('"The ""Mercy"" clinic"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("writes empty values, numbers and dates plainly", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField("")).toBe("");
    expect(csvField(42)).toBe("42");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(new Date("2026-03-04T05:06:07.000Z"))).toBe("2026-03-04T05:06:07.000Z");
  });

  it("makes text a spreadsheet would run as a formula inert with a leading apostrophe", () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField("+1 608 555 0100")).toBe("'+1 608 555 0100");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField("\r=1+1")).toBe('"\'\r=1+1"');
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("O'Brien")).toBe("O'Brien");
  });
});

describe("csvLine", () => {
  it("joins fields and ends the record with CRLF; a reader gets the values back", () => {
    const values: CsvValue[] = ["Rivera, Jordan", 'said "hi"', "two\nlines", null, 7, "=1+1"];
    const line = csvLine(values);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(parseCsv(line)).toEqual([["Rivera, Jordan", 'said "hi"', "two\nlines", "", "7", "'=1+1"]]);
  });
});

describe("csvStream", () => {
  it("writes a byte order mark, the header, then every batch as it comes", async () => {
    async function* batches() {
      yield [["José", "Madison, WI"]];
      yield [];
      yield [
        ["Ana", null],
        ["Bo", "=cmd"],
      ];
    }
    const bytes = new Uint8Array(await new Response(csvStream(["Name", "Place"], batches())).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(new TextDecoder().decode(bytes))).toEqual([
      ["Name", "Place"],
      ["José", "Madison, WI"],
      ["Ana", ""],
      ["Bo", "'=cmd"],
    ]);
  });

  it("stops reading batches when the download is cancelled", async () => {
    let finished = false;
    async function* batches() {
      try {
        for (;;) yield [["row"]];
      } finally {
        finished = true;
      }
    }
    const reader = csvStream(["H"], batches()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});

describe("csvHeaders", () => {
  it("asks for a download with the file name, and no caching", () => {
    expect(csvHeaders("candidates-2026-05-01.csv")).toMatchObject({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="candidates-2026-05-01.csv"',
      "cache-control": "no-store",
    });
  });
});
