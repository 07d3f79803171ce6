import type { CredentialKind } from "@prisma/client";
import { formatLongDate } from "@/lib/dates";
import type { PdfFontFiles } from "@/lib/pdf/fonts";
import { PdfWriter } from "@/lib/pdf/layout";
import { PROGRAM } from "@/lib/program";
import { CREDENTIAL_LABELS } from "@/lib/training/credentials/kinds";

// AAMI's own certificate of completion: one landscape page in the sponsor's name, with the program, the occupation,
// the hours AAMI verified, the credentials it verified and the code its public page confirms it by. It is not the
// Department of Labor's Certificate of Completion of Apprenticeship, which the Registration Agency issues from RAPIDS
// (a sponsor must never produce it or anything like it): no seal, no agency as issuer, and it says so. Pure: the same
// completion gives the same bytes.

export type AamiCertificate = {
  apprenticeName: string;
  employerName: string;
  /** The day the apprentice completed the program. */
  completedOn: Date;
  /** When AAMI verified the completion: the certificate's date of issue. */
  issuedAt: Date;
  ojlHours: number;
  instructionHours: number;
  /** The credentials AAMI verified, in the program's order. */
  credentials: ReadonlyArray<{ kind: CredentialKind; earnedOn: Date }>;
  code: string;
  /** The public page that confirms it: `${APP_URL}/verify/<code>`. */
  verifyUrl: string;
};

export const AAMI_CERTIFICATE_DISCLAIMER =
  "This certificate is issued by AAMI as the sponsor of the program. It is not the U.S. Department of Labor's Certificate of Completion of Apprenticeship: the Registration Agency issues that certificate separately.";

const hours = (n: number) => `${n.toLocaleString("en-US")} hours`;

export async function buildAamiCertificatePdf(c: AamiCertificate, fonts: PdfFontFiles): Promise<Uint8Array> {
  const w = await PdfWriter.create(fonts, {
    title: `${PROGRAM.sponsorShort} Certificate of Program Completion - ${c.apprenticeName}`,
    subject: `${PROGRAM.name}: completion certified by the sponsor, ${PROGRAM.sponsorShort}`,
    date: c.issuedAt,
    landscape: true,
  });
  w.frame(18);
  w.centered(PROGRAM.sponsor, { size: 12, bold: true, color: "muted", after: 10 });
  w.centered("Certificate of Program Completion", { size: 26, bold: true, after: 12 });
  w.centered("This certifies that", { size: 12 });
  w.centered(c.apprenticeName, { size: 24, bold: true, after: 8 });
  w.centered(`completed the ${PROGRAM.name}`, { size: 12 });
  w.centered(`as an apprentice of ${c.employerName}, on ${formatLongDate(c.completedOn)}.`, { size: 12, after: 14 });
  w.fields(
    [
      ["Occupation", `${PROGRAM.occupation}, O*NET ${PROGRAM.onetCode}, RAPIDS code ${PROGRAM.rapidsCode}`],
      ["On-the-job learning", hours(c.ojlHours)],
      ["Related instruction", hours(c.instructionHours)],
      [
        "Credentials verified by AAMI",
        c.credentials.length
          ? c.credentials.map((x) => `${CREDENTIAL_LABELS[x.kind]} (earned ${formatLongDate(x.earnedOn)})`).join("; ")
          : "None recorded",
      ],
      ["Issued", `By ${PROGRAM.sponsorShort}, the program's sponsor, on ${formatLongDate(c.issuedAt)}`],
      ["Verification code", c.code],
      ["Verify at", c.verifyUrl],
    ],
    190,
  );
  w.text(AAMI_CERTIFICATE_DISCLAIMER, { size: 8, color: "muted" });
  return w.finish(`${PROGRAM.sponsorShort} Certificate of Program Completion · ${c.code}`);
}
