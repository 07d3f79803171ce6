"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import { UploadDolCertificateSchema } from "@/lib/training/certificates/schemas";
import { attachDolCertificate } from "@/lib/training/certificates/upload";

// AAMI staff upload DOL's certificate on the staff apprentice page (staffAction: anyone else "not found"), a thin
// adapter over ./upload.ts; the page then says it is done.

export const uploadDolCertificate = staffAction()
  .schema(UploadDolCertificateSchema)
  .action(async ({ input, ctx }): Promise<void> => {
    const apprenticeId = await attachDolCertificate(ctx, input, ctx.ip);
    redirect(`/staff/apprentices/${apprenticeId}?done=dol-certificate#certificates`);
  });
