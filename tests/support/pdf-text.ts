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
