import { PDFDocument } from "pdf-lib";
import type { PdfFontFiles } from "@/lib/pdf/fonts";
import { PdfWriter } from "@/lib/pdf/layout";
import { signatureRecordRows, utc } from "@/lib/pdf/sections";
import { PROGRAM } from "@/lib/program";

// AAMI's countersignature on an employer acceptance agreement: the employer-signed PDF, every page unchanged, with
// one page added that carries the sponsor's signature and its evidence, including the SHA-256 of the file it
// countersigns. Pure: the same signed file and countersignature give the same bytes.

/** What the countersigning administrator agrees to; printed on the countersignature page. */
export const COUNTERSIGN_CONSENT_TEXT =
  "I countersign this employer acceptance agreement electronically on behalf of AAMI, the program's sponsor. My typed name is my legal signature and has the same effect as a handwritten one, and I am authorized to sign for AAMI.";

export type Countersignature = {
  organizationName: string;
  agreementVersion: number;
  signerName: string;
  signerTitle: string;
  signerEmail: string;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
  /** SHA-256 of the employer-signed file countersigned (its pages come first, unchanged). */
  employerSignedSha256: string;
};

export async function countersignAgreementPdf(
  employerSigned: Uint8Array,
  c: Countersignature,
  fonts: PdfFontFiles,
): Promise<Uint8Array> {
  const w = await PdfWriter.create(fonts, {
    title: `Employer Acceptance Agreement (countersigned) - ${c.organizationName}`,
    subject: `${PROGRAM.name}: employer acceptance agreement, countersigned by the sponsor`,
    date: c.signedAt,
  });
  // The writer's own page is the countersignature; the employer's pages go before it, exactly as signed.
  const source = await PDFDocument.load(employerSigned, { updateMetadata: false });
  const pages = await w.doc.copyPages(source, source.getPageIndices());
  pages.forEach((page, i) => w.doc.insertPage(i, page));

  w.heading(`Countersignature of the Sponsor (${PROGRAM.sponsorShort})`, 2);
  w.text(
    `${PROGRAM.sponsor}, sponsor of the ${PROGRAM.name}, accepts ${c.organizationName} as an employer partner of the program under the agreement on the preceding pages, and files it with the Registration Agency for the employer's state.`,
    { after: 6 },
  );
  const box = w.box(70);
  w.drawText(box.page, `/s/ ${c.signerName}`, { x: box.x + 12, y: box.y + 28, size: 16, bold: true });
  w.fields([
    ["Name", c.signerName],
    ["Title", c.signerTitle],
    ["For", PROGRAM.sponsor],
    ["Date", utc(c.signedAt)],
  ]);

  w.heading("Countersignature record", 3);
  w.fields(
    [
      ...signatureRecordRows({ role: "Countersigner", ...c }),
      ["Consent", COUNTERSIGN_CONSENT_TEXT],
      ["SHA-256 of the employer-signed agreement (the preceding pages)", c.employerSignedSha256],
    ],
    170,
  );
  w.text(
    "To verify: the preceding pages are the employer-signed file stored in the portal; its SHA-256 is the value above and the signed SHA-256 of the registration packet's signature evidence.",
    { size: 9, color: "muted" },
  );
  return w.finish(`Countersignature · ${c.organizationName}`);
}
