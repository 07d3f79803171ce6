import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, PDFName, type PDFPage } from "pdf-lib";
import { embedSubset, fontSubset, textWidth } from "@/lib/pdf/font-subsets";
import type { PdfFontFiles } from "@/lib/pdf/fonts";

// A small flowing-text writer on top of pdf-lib: headings, wrapped paragraphs, label/value rows and tables that
// break across pages, and a footer on every page. The portal's PDF builders describe documents with it.

/** US Letter, portrait unless a document asks for landscape. */
const LETTER = { width: 612, height: 792 };
const PAGE = { margin: 54, footer: 30 };
/** Colours, as the operators that set them (DeviceRGB): text fills, rules stroke. */
const INK = "0.1 0.12 0.16 rg";
const MUTED = "0.35 0.38 0.43 rg";
const RULE = "0.75 0.78 0.82 RG";

export type Column = { header: string; width: number };

type TextStyle = { size: number; bold?: boolean; color?: "muted" };

/** Text laid out on a page, drawn when the document is finished (once its characters, and so its fonts, are known). */
type PendingText = TextStyle & { text: string; x: number; y: number };

/**
 * What the writer laid out on one of its pages, written by finish() as the page's own content stream: the rules
 * (table lines, box borders) as path operators, then the text.
 */
type PageContent = { rules: string[]; texts: PendingText[] };

export class PdfWriter {
  readonly doc: PDFDocument;
  page!: PDFPage;
  y = 0;
  readonly width: number;
  readonly height: number;
  readonly contentWidth: number;
  readonly left = PAGE.margin;
  private readonly fonts: PdfFontFiles;
  // Pages copied in from another document (a signed agreement inside a packet) have no entry: they are left exactly
  // as they were.
  private readonly content = new Map<PDFPage, PageContent>();

  private constructor(doc: PDFDocument, fonts: PdfFontFiles, landscape: boolean) {
    this.doc = doc;
    this.fonts = fonts;
    [this.width, this.height] = landscape ? [LETTER.height, LETTER.width] : [LETTER.width, LETTER.height];
    this.contentWidth = this.width - 2 * PAGE.margin;
  }

  /**
   * A new document. Nothing in it depends on the clock, so output is reproducible: its creation and modification
   * dates are `meta.date` when given (a time taken from the input), else left out. Pages are US Letter, turned
   * sideways with `meta.landscape`.
   */
  static async create(fonts: PdfFontFiles, meta: { title: string; subject: string; date?: Date; landscape?: boolean }) {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fontkit);
    doc.setTitle(meta.title);
    doc.setSubject(meta.subject);
    if (meta.date) {
      doc.setCreationDate(meta.date);
      doc.setModificationDate(meta.date);
    }
    doc.setCreator("BMET Apprenticeship Portal");
    doc.setProducer("BMET Apprenticeship Portal (pdf-lib)");
    const writer = new PdfWriter(doc, fonts, meta.landscape ?? false);
    writer.newPage();
    return writer;
  }

  /**
   * Text at a point of a page, in Noto Sans (bold if asked). Drawn by finish(), with fonts holding exactly the
   * characters the document uses.
   */
  drawText(page: PDFPage, text: string, at: { x: number; y: number } & TextStyle) {
    this.contentOf(page).texts.push({ text, ...at });
  }

  /** A line `width` points thick along `path` (path construction operators), in the rule colour. */
  private drawRule(width: number, path: string) {
    this.contentOf(this.page).rules.push(`${pdfNumber(width)} w ${path} S`);
  }

  private contentOf(page: PDFPage) {
    const content = this.content.get(page);
    if (!content) throw new Error("PdfWriter draws only on the pages it added.");
    return content;
  }

  newPage() {
    this.page = this.doc.addPage([this.width, this.height]);
    this.content.set(this.page, { rules: [], texts: [] });
    this.y = this.height - PAGE.margin;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number) {
    if (this.y - height < PAGE.margin + PAGE.footer) this.newPage();
  }

  gap(points: number) {
    this.y -= points;
  }

  private widthOf(word: string, bold: boolean) {
    return textWidth(bold ? this.fonts.bold : this.fonts.regular, word);
  }

  wrap(text: string, size: number, width: number, bold = false): string[] {
    const space = this.widthOf(" ", bold) * size;
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      let lineWidth = 0;
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const wordWidth = this.widthOf(word, bold) * size;
        if (!line || lineWidth + space + wordWidth <= width) {
          line = line ? `${line} ${word}` : word;
          lineWidth = line === word ? wordWidth : lineWidth + space + wordWidth;
        } else {
          lines.push(line);
          line = word;
          lineWidth = wordWidth;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, opts: { size?: number; bold?: boolean; color?: "muted"; indent?: number; after?: number } = {}) {
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    for (const line of this.wrap(text, size, this.contentWidth - indent, opts.bold)) {
      this.ensureSpace(size * 1.4);
      this.drawText(this.page, line, {
        x: this.left + indent,
        y: this.y - size,
        size,
        bold: opts.bold,
        color: opts.color,
      });
      this.y -= size * 1.4;
    }
    this.y -= opts.after ?? 4;
  }

  /** Text centred on the page, wrapped to the content width (a certificate's lines). */
  centered(text: string, opts: { size?: number; bold?: boolean; color?: "muted"; after?: number } = {}) {
    const size = opts.size ?? 10;
    for (const line of this.wrap(text, size, this.contentWidth, opts.bold)) {
      this.ensureSpace(size * 1.4);
      const x = (this.width - this.widthOf(line, Boolean(opts.bold)) * size) / 2;
      this.drawText(this.page, line, { x, y: this.y - size, size, bold: opts.bold, color: opts.color });
      this.y -= size * 1.4;
    }
    this.y -= opts.after ?? 4;
  }

  heading(text: string, level: 1 | 2 | 3 = 2) {
    const size = level === 1 ? 18 : level === 2 ? 13 : 11;
    this.ensureSpace(size * 3);
    this.gap(level === 1 ? 0 : 8);
    this.text(text, { size, bold: true, after: level === 1 ? 10 : 4 });
  }

  /** "Label: value" rows with the labels in a column. */
  fields(rows: Array<[string, string]>, labelWidth = 150) {
    for (const [label, value] of rows) {
      const lines = this.wrap(value || "—", 10, this.contentWidth - labelWidth);
      this.ensureSpace(lines.length * 14);
      this.drawText(this.page, label, { x: this.left, y: this.y - 10, size: 10, bold: true });
      for (const line of lines) {
        this.drawText(this.page, line, { x: this.left + labelWidth, y: this.y - 10, size: 10 });
        this.y -= 14;
      }
      this.y -= 2;
    }
    this.y -= 4;
  }

  /**
   * Keeps the start of the next line for text written there later, by calling the function returned; write the
   * rest of the line with text() at the default size and an indent. For values known only once later pages exist,
   * such as a manifest's page numbers.
   */
  deferredText(opts: { bold?: boolean } = {}): (text: string) => void {
    this.ensureSpace(14);
    const { page, y } = this;
    return (text) => this.drawText(page, text, { x: this.left, y: y - 10, size: 10, bold: opts.bold });
  }

  /** A table whose header row repeats on every page it spans. Widths are fractions of the content width. */
  table(columns: Column[], rows: string[][]) {
    const widths = columns.map((c) => c.width * this.contentWidth);
    const drawRow = (cells: string[], bold: boolean) => {
      const wrapped = cells.map((cell, i) => this.wrap(cell || "—", 9, widths[i]! - 6, bold));
      const height = Math.max(...wrapped.map((l) => l.length)) * 12 + 6;
      return { wrapped, height };
    };
    const header = drawRow(
      columns.map((c) => c.header),
      true,
    );
    const paint = (row: ReturnType<typeof drawRow>, bold: boolean) => {
      let x = this.left;
      row.wrapped.forEach((lines, i) => {
        lines.forEach((line, j) =>
          this.drawText(this.page, line, { x: x + 3, y: this.y - 12 - j * 12, size: 9, bold }),
        );
        x += widths[i]!;
      });
      this.y -= row.height;
      const [y, x1, x2] = [this.y, this.left, this.left + this.contentWidth].map(pdfNumber);
      this.drawRule(0.5, `${x1} ${y} m ${x2} ${y} l`);
    };
    this.ensureSpace(header.height * 2);
    paint(header, true);
    for (const cells of rows) {
      const row = drawRow(cells, false);
      if (this.y - row.height < PAGE.margin + PAGE.footer) {
        this.newPage();
        paint(header, true);
      }
      paint(row, false);
    }
    this.y -= 8;
  }

  /** An empty box of the given height, returning where it is (for a signature to be drawn into). */
  box(height: number) {
    this.ensureSpace(height + 4);
    const rect = { x: this.left, y: this.y - height, width: this.contentWidth / 2, height };
    this.drawRule(0.75, [rect.x, rect.y, rect.width, rect.height].map(pdfNumber).join(" ") + " re");
    this.y -= height + 4;
    return { page: this.page, ...rect };
  }

  /** A rule around the current page, `inset` points in from its edges. */
  frame(inset: number) {
    const rect = [inset, inset, this.width - 2 * inset, this.height - 2 * inset];
    this.drawRule(1.5, rect.map(pdfNumber).join(" ") + " re");
  }

  /**
   * Footer on every page this writer laid out (the document's name and "page n of N" counting all pages), then
   * everything laid out, the text in two fonts subset to the characters drawn in each, and the document's bytes.
   */
  async finish(footer: string) {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      if (!this.content.has(page)) return;
      const label = `${footer}  ·  Page ${i + 1} of ${pages.length}`;
      this.drawText(page, label, { x: this.left, y: PAGE.footer - 6, size: 8, color: "muted" });
    });
    const texts = [...this.content.values()].flatMap((page) => page.texts);
    const charactersIn = (bold: boolean) =>
      new Set(
        texts
          .filter((t) => Boolean(t.bold) === bold)
          .map((t) => t.text)
          .join(""),
      );
    const [regular, bold] = await Promise.all([
      fontSubset(this.fonts.regular, charactersIn(false)),
      fontSubset(this.fonts.bold, charactersIn(true)),
    ]);
    // One after the other: the order of embedding numbers the PDF's objects, and the bytes must not vary.
    const fontRefs = { Regular: await embedSubset(this.doc, regular), Bold: await embedSubset(this.doc, bold) };
    // Each page gets one content stream of its own, after whatever pdf-lib drew there (a drawn signature): the rules,
    // then one text object setting the font and colour only when they change, each line placed by its text matrix.
    // (pdf-lib's drawText wraps every line in ten operators and adds a font resource to the page per call.)
    for (const [page, { rules, texts }] of this.content) {
      for (const [key, ref] of Object.entries(fontRefs)) page.node.setFontDictionary(PDFName.of(key), ref);
      const ops = ["q"];
      if (rules.length) ops.push(RULE, ...rules);
      ops.push("BT");
      let font = "";
      let color = "";
      for (const { text, x, y, size, bold: isBold, color: tone } of texts) {
        const lineFont = `/${isBold ? "Bold" : "Regular"} ${pdfNumber(size)} Tf`;
        if (lineFont !== font) ops.push((font = lineFont));
        const lineColor = tone === "muted" ? MUTED : INK;
        if (lineColor !== color) ops.push((color = lineColor));
        ops.push(`1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm`, `${(isBold ? bold : regular).pdfString(text)} Tj`);
      }
      ops.push("ET", "Q");
      page.node.addContentStream(this.doc.context.register(this.doc.context.flateStream(ops.join("\n"))));
    }
    return this.doc.save();
  }
}

/** A coordinate or size as a PDF number: at most three decimals (a thousandth of a point), never an exponent. */
const pdfNumber = (value: number) => String(Number(value.toFixed(3)));
