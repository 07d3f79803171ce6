import { describe, expect, it } from "vitest";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { PdfWriter } from "@/lib/pdf/layout";
import { pdfText } from "@/tests/support/pdf-text";

// Every printable ASCII character, then letters of the sample names: each weight's subset gets about a hundred
// glyphs, so among the glyph ids the writer puts in its strings are the bytes a PDF literal string must escape
// ("(", ")", "\", CR, LF).
const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join("");
const LINE = `${PRINTABLE} José Nguyễn État Ångström`;

describe("the PDF writer", () => {
  it("draws every character so that a reader gets it back, in both weights", async () => {
    const w = await PdfWriter.create(pdfFontFiles(), { title: "Characters", subject: "Every printable character" });
    w.text(LINE, { size: 8 });
    w.text(LINE, { size: 8, bold: true });
    const text = pdfText(await w.finish("Characters"));
    expect(text).toContain(`${LINE} ${LINE}`);
  });
});
