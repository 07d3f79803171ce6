"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";

/** Disabled while its form is submitting, so a double click cannot send the form twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant,
  pending,
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  pending?: boolean;
}) {
  const status = useFormStatus();
  const busy = pending || status.pending;
  return (
    <Button type="submit" variant={variant} disabled={busy} aria-disabled={busy}>
      {busy ? (pendingLabel ?? "Saving…") : children}
    </Button>
  );
}
