import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The text of a PDF as poppler's pdftotext reads it (a real, independent parser), one string per page. */
export function pdfPages(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-text-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    return text.split("\f").slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** All pages' text with runs of whitespace collapsed, for "contains" assertions. */
export const pdfText = (bytes: Uint8Array) => pdfPages(bytes).join("\n").replace(/\s+/g, " ");

/** The fonts poppler finds in a PDF: name, whether embedded, whether a subset (pdffonts' columns). */
export function pdfFonts(bytes: Uint8Array): Array<{ name: string; embedded: boolean; subset: boolean }> {
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-fonts-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    const out = execFileSync("pdffonts", [file], { encoding: "utf8" });
    // Two header lines, then: name type encoding emb sub uni object-id generation (the name has no spaces).
    return out
      .split("\n")
      .slice(2)
      .filter(Boolean)
      .map((line) => {
        const cols = line.trim().split(/\s+/);
        const [emb, sub] = cols.slice(-5, -3);
        return { name: cols[0]!, embedded: emb === "yes", subset: sub === "yes" };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each font program embedded in a PDF (its FontFile2 stream, decompressed), with the font's name. */
export async function embeddedFontPrograms(bytes: Uint8Array): Promise<Array<{ name: string; program: Uint8Array }>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const programs: Array<{ name: string; program: Uint8Array }> = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of("Type")) !== PDFName.of("FontDescriptor")) continue;
    const stream = obj.lookup(PDFName.of("FontFile2"));
    if (!(stream instanceof PDFRawStream)) continue;
    programs.push({
      name: obj.lookup(PDFName.of("FontName"), PDFName).decodeText(),
      program: decodePDFRawStream(stream).decode(),
    });
  }
  return programs;
}
