// The start form's choices, apart from its schema: the form imports them, and a value import of the schema
// module would put zod in the page's first load (components/forms/use-action-form.ts loads it on first use).

export const HEARD_ABOUT_OPTIONS = [
  { value: "", label: "Choose one (optional)" },
  { value: "AAMI website or newsletter", label: "AAMI website or newsletter" },
  { value: "AAMI conference or event", label: "AAMI conference or event" },
  { value: "A colleague or another employer", label: "A colleague or another employer" },
  { value: "State or DOL apprenticeship office", label: "State or DOL apprenticeship office" },
  { value: "Other", label: "Other" },
] as const;
