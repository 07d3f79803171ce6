import { z } from "zod";
import { pdfFile, requiredText, ticked } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

/** The program documents employers acknowledge at step 2, in the order staff see them. */
export const DOCUMENT_KINDS = [
  { value: "NATIONAL_STANDARDS", label: "BMET National Standards of Apprenticeship", slug: "national-standards" },
  { value: "TRAINING_OBJECTIVES", label: "BMET Training Objectives", slug: "training-objectives" },
] as const;

export type ProgramDocumentKind = (typeof DOCUMENT_KINDS)[number]["value"];

/**
 * The public address of a document's current published version (app/api/program-documents/[kind]/route.ts): the
 * same link keeps working when staff publish a new version.
 */
export const publicDocumentPath = (kind: ProgramDocumentKind) =>
  `/api/program-documents/${DOCUMENT_KINDS.find((k) => k.value === kind)!.slug}`;

/** The document kind a public address names; undefined for any other segment. */
export const documentKindOfSlug = (slug: string): ProgramDocumentKind | undefined =>
  DOCUMENT_KINDS.find((k) => k.slug === slug)?.value;

export const UploadProgramDocumentSchema = z.object({
  kind: z.enum(["NATIONAL_STANDARDS", "TRAINING_OBJECTIVES"], { message: "Choose which document this is." }),
  title: requiredText("the title employers will see", 200),
  file: pdfFile({
    missing: "Choose the document (a PDF file).",
    tooLarge: "The file is larger than 10 MB. Save it with smaller images, or ask for help to split it.",
    notPdf: "Upload a PDF file (Word documents and images are not accepted).",
  }),
});

export const PublishProgramDocumentSchema = z.object({
  documentId: IdSchema,
  confirm: ticked("Tick the box to confirm that employers will be asked to acknowledge this version."),
});
