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
