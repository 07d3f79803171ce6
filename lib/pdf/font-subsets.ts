import fontkit, { type Font } from "@pdf-lib/fontkit";
import { CustomFontEmbedder, PDFRawStream, type PDFContext, type PDFDocument, type PDFRef } from "pdf-lib";
import subsetFont from "subset-font";
import { LruCache } from "@/lib/lru";
import { sha256Hex } from "@/lib/storage/hash";

// Noto Sans is about 300 KiB a weight. A PDF embeds a subset holding just the characters it draws, made by HarfBuzz's
// hb-subset (the subset-font package, WebAssembly), so a document carries a few KiB of font instead of 600 KiB and
// pdf-lib has only a few dozen glyphs to describe. @pdf-lib/fontkit's own subsetter is not used: version 1.1.1 drops
// glyph outlines (poppler drew blank letters). Layout is measured on the whole font, parsed once per process; the
// subset keeps each glyph's advance width, so lines measured on the whole font fit when drawn with the subset.
// Everything a subset needs in a document (its parsed tables, its glyph codes, its compressed font program and
// ToUnicode map) is made once per subset and shared by the documents that embed it, since most documents draw the
// same few dozen characters.

/**
 * OpenType features switched off: kerning, ligatures and mark positioning add nothing to a form-like document, and
 * shaping every line with them made generation about five times slower (measured: ~250 ms against ~50 ms). The
 * embedded subsets carry no layout tables at all (SUBSET_OPTIONS).
 */
const PLAIN_TEXT = {
  liga: false,
  kern: false,
  calt: false,
  clig: false,
  ccmp: false,
  locl: false,
  mark: false,
  mkmk: false,
  rlig: false,
  rvrn: false,
};

/**
 * Variation selectors, the only characters fontkit maps to a glyph together with the character before them: text
 * holding one is measured and encoded whole, everything else a character at a time.
 */
const VARIATION_SELECTOR = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/;

/** The whole font parsed for measuring, once per font file, with each character's advance width once measured. */
const parsed = new WeakMap<Uint8Array, { font: Font; advances: Map<string, number> }>();
function measuring(file: Uint8Array) {
  let entry = parsed.get(file);
  if (!entry) parsed.set(file, (entry = { font: fontkit.create(file), advances: new Map() }));
  return entry;
}

/**
 * The width of `text` at size 1 in the whole font: the sum of its glyphs' advance widths (no shaping: every OpenType
 * feature is off), as fontkit reads them, from a per-character table.
 */
export function textWidth(file: Uint8Array, text: string): number {
  const { font, advances } = measuring(file);
  let units = 0;
  if (VARIATION_SELECTOR.test(text)) {
    for (const glyph of font.glyphsForString(text)) units += glyph.advanceWidth;
  } else {
    for (const character of text) {
      let advance = advances.get(character);
      if (advance === undefined)
        advances.set(character, (advance = font.glyphForCodePoint(character.codePointAt(0)!).advanceWidth));
      units += advance;
    }
  }
  return units / font.unitsPerEm;
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

/** A font file cut down to a set of characters, parsed once, with what every document embedding it can share. */
export class FontSubset {
  readonly font: Font;
  /** Its PDF name (subsetFontName). */
  readonly name: string;
  /** The FlateDecode contents of its font program and ToUnicode map, kept from the first document embedding it. */
  readonly streams: { program?: Uint8Array; toUnicode?: Uint8Array } = {};
  private readonly codes = new Map<string, string>();

  constructor(readonly bytes: Uint8Array) {
    this.font = fontkit.create(bytes);
    this.name = subsetFontName(this.font.postscriptName ?? "Font", bytes);
  }

  /**
   * `text` as a PDF literal string for this font (Identity-H: two bytes of glyph id a character, half the bytes of a
   * hex string), with the glyphs pdf-lib's encodeText would give. The subset has no GSUB, so a character's glyph
   * never depends on its neighbours (but for variation selectors).
   */
  pdfString(text: string): string {
    if (VARIATION_SELECTOR.test(text)) return `(${this.glyphCodes(text)})`;
    let codes = "";
    for (const character of text) {
      let code = this.codes.get(character);
      if (code === undefined) this.codes.set(character, (code = this.glyphCodes(character)));
      codes += code;
    }
    return `(${codes})`;
  }

  private glyphCodes(text: string) {
    return this.font
      .layout(text, PLAIN_TEXT)
      .glyphs.map((glyph) => literalByte(glyph.id >> 8) + literalByte(glyph.id & 0xff))
      .join("");
  }
}

/**
 * A byte inside a PDF literal string, as a character of the latin1 string pdf-lib writes out: the delimiters and the
 * backslash escaped, and line ends too, since a reader turns a raw CR or CRLF there into LF (ISO 32000-1, 7.3.4.2).
 */
function literalByte(byte: number) {
  const character = String.fromCharCode(byte);
  return LITERAL_ESCAPES[character] ?? character;
}
const LITERAL_ESCAPES: Record<string, string> = { "(": "\\(", ")": "\\)", "\\": "\\\\", "\r": "\\r", "\n": "\\n" };

/** Subsets made: documents with the same characters (most of them) share one. */
const subsets = new LruCache<string, Promise<FontSubset>>(64);
const fileIds = new WeakMap<Uint8Array, number>();
let nextFileId = 0;

/**
 * The font file cut down to the glyphs of `characters` (any order, repeats allowed), from an in-process LRU cache
 * keyed by font file and character set. The same file and set always give the same bytes.
 */
export function fontSubset(file: Uint8Array, characters: Iterable<string>): Promise<FontSubset> {
  const glyphSet = [...new Set(characters)].sort().join("");
  let id = fileIds.get(file);
  if (id === undefined) fileIds.set(file, (id = nextFileId++));
  return subsets.getOrSet(`${id}:${glyphSet}`, () =>
    subsetFont(file, glyphSet, SUBSET_OPTIONS)
      .then((bytes) => new Uint8Array(bytes))
      .then((bytes) => new FontSubset(bytes)),
  );
}

/**
 * A subset font's PDF name: six capital letters taken from its bytes, "+", the font's name (ISO 32000-1, 9.6.4), so
 * viewers and pdffonts know it is a subset, and the same subset always gets the same name.
 */
function subsetFontName(fontName: string, subset: Uint8Array) {
  const tag = [...sha256Hex(subset).slice(0, 6)].map((hex) => String.fromCharCode(65 + parseInt(hex, 16))).join("");
  return `${tag}+${fontName}`;
}

/**
 * pdf-lib's embedder for a whole TrueType font (the subset is the whole font here), reusing the subset's parsed font
 * and, after the first document, its compressed font program and ToUnicode map. Those streams are registered the
 * way pdf-lib registers them (a FlateDecode stream, nothing else in its dictionary), so a document's bytes are the
 * same whether its subset was new or cached.
 */
class SubsetEmbedder extends CustomFontEmbedder {
  constructor(private readonly subset: FontSubset) {
    super(subset.font, subset.bytes, subset.name, PLAIN_TEXT);
  }

  protected override async embedFontStream(context: PDFContext): Promise<PDFRef> {
    return this.reused("program", context) ?? this.remember("program", context, await super.embedFontStream(context));
  }

  protected override embedUnicodeCmap(context: PDFContext): PDFRef {
    return this.reused("toUnicode", context) ?? this.remember("toUnicode", context, super.embedUnicodeCmap(context));
  }

  private reused(stream: keyof FontSubset["streams"], context: PDFContext) {
    const contents = this.subset.streams[stream];
    return contents && context.register(context.stream(contents, { Filter: "FlateDecode" }));
  }

  private remember(stream: keyof FontSubset["streams"], context: PDFContext, ref: PDFRef) {
    const made = context.lookup(ref);
    if (made instanceof PDFRawStream) this.subset.streams[stream] = made.getContents();
    return ref;
  }
}

/** Writes the subset's font objects into `doc`, returning the reference of its font dictionary. */
export async function embedSubset(doc: PDFDocument, subset: FontSubset): Promise<PDFRef> {
  const ref = doc.context.nextRef();
  await new SubsetEmbedder(subset).embedIntoContext(doc.context, ref);
  return ref;
}
