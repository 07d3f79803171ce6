import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

// Noto Sans (SIL Open Font License, from the @expo-google-fonts/noto-sans package) is embedded in every PDF the
// portal generates, so documents look the same in every viewer and names with accents (José, Nguyễn) render.

export type PdfFontFiles = { regular: Uint8Array; bold: Uint8Array };

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
let cached: PdfFontFiles | null = null;

export function pdfFontFiles(): PdfFontFiles {
  cached ??= {
    regular: readFileSync(path.join(FONT_DIR, "400Regular", "NotoSans_400Regular.ttf")),
    bold: readFileSync(path.join(FONT_DIR, "700Bold", "NotoSans_700Bold.ttf")),
  };
  return cached;
}
