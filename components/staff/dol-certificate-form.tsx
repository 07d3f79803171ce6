"use client";

import { useRecordForm } from "@/components/forms/use-record-form";
import { FileField } from "@/components/ui/field";
import { uploadDolCertificate } from "@/lib/training/certificates/actions";
import { UploadDolCertificateSchema } from "@/lib/training/certificates/schemas";

// On the staff apprentice page, once the completion is verified: upload DOL's certificate as the Registration Agency
// sent it. An upload another staff member made meanwhile is refused above the form.

export function DolCertificateForm({ completionId, rowVersion }: { completionId: string; rowVersion: number }) {
  const { frame, form, errorFor } = useRecordForm(UploadDolCertificateSchema, uploadDolCertificate, {
    completionId,
    rowVersion: String(rowVersion),
  });
  return frame(
    "Upload DOL's certificate",
    "primary",
    <FileField
      id="dol-certificate"
      label="DOL's Certificate of Completion of Apprenticeship"
      accept="application/pdf"
      hint="The PDF the Registration Agency issued from RAPIDS, at most 10 MB. The apprentice and the employer are emailed that they can download it."
      required
      error={errorFor("certificate")}
      {...form.register("certificate")}
    />,
  );
}
