import fontkit, { type Font } from "@pdf-lib/fontkit";
import subsetFont from "subset-font";
import { LruCache } from "@/lib/lru";
import { sha256Hex } from "@/lib/storage/hash";

// Noto Sans is about 300 KiB a weight. A PDF embeds a subset holding just the characters it draws, made by HarfBuzz's
// hb-subset (the subset-font package, WebAssembly), so a document carries a few KiB of font instead of 600 KiB and
// pdf-lib has only a few dozen glyphs to describe. @pdf-lib/fontkit's own subsetter is not used: version 1.1.1 drops
// glyph outlines (poppler drew blank letters). Layout is measured on the whole font, parsed once per process; the
// subset keeps each glyph's advance width, so lines measured on the whole font fit when drawn with the subset.

/** The whole font parsed for measuring, once per font file. */
const parsed = new WeakMap<Uint8Array, Font>();
export function measuringFont(file: Uint8Array): Font {
  let font = parsed.get(file);
  if (!font) parsed.set(file, (font = fontkit.create(file)));
  return font;
}

/**
 * The tables a PDF viewer never reads from an embedded TrueType font: the glyphs are placed by the PDF's own widths,
 * so no OpenType layout (GSUB/GPOS/GDEF, and the portal draws with every feature off anyway) and no hinting.
 */
const SUBSET_OPTIONS = {
  targetFormat: "truetype",
  noLayoutClosure: true,
  noHinting: true,
  dropTables: ["GSUB", "GPOS", "GDEF"],
} as const;

/** Subsets made: documents with the same characters (most of them) share one. */
const subsets = new LruCache<string, Promise<Uint8Array>>(64);
const fileIds = new WeakMap<Uint8Array, number>();
let nextFileId = 0;

/**
 * The font file cut down to the glyphs of `characters` (any order, repeats allowed), from an in-process LRU cache
 * keyed by font file and character set. The same file and set always give the same bytes.
 */
export function fontSubset(file: Uint8Array, characters: Iterable<string>): Promise<Uint8Array> {
  const glyphSet = [...new Set(characters)].sort().join("");
  let id = fileIds.get(file);
  if (id === undefined) fileIds.set(file, (id = nextFileId++));
  return subsets.getOrSet(`${id}:${glyphSet}`, () =>
    subsetFont(file, glyphSet, SUBSET_OPTIONS).then((bytes) => new Uint8Array(bytes)),
  );
}

/**
 * A subset font's PDF name: six capital letters taken from its bytes, "+", the font's name (ISO 32000-1, 9.6.4), so
 * viewers and pdffonts know it is a subset, and the same subset always gets the same name.
 */
export function subsetFontName(fontName: string, subset: Uint8Array) {
  const tag = [...sha256Hex(subset).slice(0, 6)].map((hex) => String.fromCharCode(65 + parseInt(hex, 16))).join("");
  return `${tag}+${fontName}`;
}
