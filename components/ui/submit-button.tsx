"use client";

import type { MouseEvent, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";

/**
 * While its form is submitting the button refuses clicks, so a double click sends the form once. It stays
 * focusable (aria-disabled, not disabled) so keyboard users do not lose their place.
 */
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
  const guard = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) event.preventDefault();
  };
  return (
    <Button
      type="submit"
      variant={variant}
      aria-disabled={busy}
      onClick={guard}
      className={busy ? "cursor-wait opacity-80" : ""}
    >
      {busy ? (pendingLabel ?? "Saving…") : children}
    </Button>
  );
}
