"use client";

import { useRecordForm } from "@/components/forms/use-record-form";
import { TextAreaField } from "@/components/ui/field";
import { returnApprenticeCredential, verifyApprenticeCredential } from "@/lib/training/credentials/actions";
import { ReturnCredentialSchema, VerifyCredentialSchema } from "@/lib/training/credentials/schemas";

// A waiting credential on the staff apprentice page: verify it, or return it with a reason the employer and the
// apprentice read. A decision another staff member took meanwhile is refused above the form.

export function VerifyCredentialForm({ credentialId, label }: { credentialId: string; label: string }) {
  const { frame } = useRecordForm(VerifyCredentialSchema, verifyApprenticeCredential, { credentialId });
  return frame(`Verify ${label}`, "primary");
}

export function ReturnCredentialForm({ credentialId }: { credentialId: string }) {
  const { frame, field } = useRecordForm(
    ReturnCredentialSchema,
    returnApprenticeCredential,
    { credentialId },
    {
      reason: "",
    },
  );
  return frame(
    "Return it",
    "danger",
    <TextAreaField
      id={`return-reason-${credentialId}`}
      label="Why it cannot be verified (the employer and the apprentice read this)"
      hint="They enter the credential again with what you ask for."
      required
      {...field("reason")}
    />,
  );
}
