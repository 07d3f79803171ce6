import { PDFDocument, StandardFonts, rgb } from "pdf-lib";

export type SampleDocumentInput = {
  title: string;
  subtitle: string;
  sections: Array<{ heading: string; body: string }>;
};

const PAGE = { width: 612, height: 792, margin: 60 };

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if ((line + " " + word).trim().length > maxChars) {
      lines.push(line);
      line = word;
    } else line = (line + " " + word).trim();
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A plainly marked SAMPLE document, used by the seed in place of AAMI's National Standards and Training
 * Objectives (staff upload the real ones). Pure: input in, PDF bytes out.
 */
export async function buildSampleDocumentPdf(input: SampleDocumentInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`SAMPLE - ${input.title}`);
  pdf.setCreator("BMET Apprenticeship Portal");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const stamp = () =>
    page.drawText("SAMPLE - NOT AN OFFICIAL AAMI DOCUMENT", {
      x: PAGE.margin,
      y: 30,
      size: 9,
      font: bold,
      color: rgb(0.7, 0, 0),
    });
  const write = (text: string, size: number, f = font, gap = 4) => {
    if (y < PAGE.margin + size) {
      stamp();
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
    page.drawText(text, { x: PAGE.margin, y, size, font: f });
    y -= size + gap;
  };

  write("SAMPLE", 28, bold, 10);
  write(input.title, 18, bold, 6);
  write(input.subtitle, 11, font, 18);
  for (const section of input.sections) {
    write(section.heading, 13, bold, 6);
    for (const line of wrap(section.body, 90)) write(line, 10.5);
    y -= 10;
  }
  stamp();
  return pdf.save();
}
