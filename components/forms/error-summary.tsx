import type { MouseEvent } from "react";

// The list of what to fix, at the top of a form that was refused: one link per invalid field, in page order, each
// leading to that field (GOV.UK's error summary pattern). The links are plain fragment links, so they work
// without JavaScript; a form that hides some of its fields (steps) passes onFollow to reveal and focus the field.

/** One invalid field: the id of the control a link leads to, and the message shown next to the field. */
export type SummaryError = { fieldId: string; message: string };

/** Each field's message, in the order the fields are given (page order), for the fields that have one. */
export function summaryErrors(
  fields: ReadonlyArray<{ name: string; fieldId: string }>,
  messageFor: (name: string) => string | undefined,
): SummaryError[] {
  return fields.flatMap((f) => {
    const message = messageFor(f.name);
    return message ? [{ fieldId: f.fieldId, message }] : [];
  });
}

export function ErrorSummary({
  errors,
  onFollow,
}: {
  errors: ReadonlyArray<SummaryError>;
  /** Instead of following the link: show the field (when it is hidden) and move the keyboard there. */
  onFollow?: (fieldId: string) => void;
}) {
  if (errors.length === 0) return null;
  const follow = (fieldId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!onFollow) return;
    event.preventDefault();
    onFollow(fieldId);
  };
  return (
    <section aria-labelledby="error-summary-title" className="rounded-md border-2 border-red-700 bg-red-50 p-4">
      <h2 id="error-summary-title" className="font-semibold text-red-900">
        {errors.length === 1 ? "One answer needs your attention" : `${errors.length} answers need your attention`}
      </h2>
      <ul className="mt-1">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              onClick={follow(e.fieldId)}
              className="flex min-h-11 items-center text-sm font-medium text-red-900 underline"
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
