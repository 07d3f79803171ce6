import { Alert } from "@/components/ui/alert";

/**
 * A refusal that belongs to no field (a change made meanwhile in another tab, a role that may not do this), above
 * the form; refusals of fields show next to their fields instead.
 */
export function FormError({ failed }: { failed: { message: string; fieldErrors: Record<string, string[]> } | null }) {
  return failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null;
}
