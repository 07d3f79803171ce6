/**
 * The FormData a browser would post for these fields (what server actions receive from real forms): a list is
 * the field repeated, as a group of ticked checkboxes posts it.
 */
export function formData(values: Record<string, string | readonly string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of typeof value === "string" ? [value] : value) form.append(key, v);
  }
  return form;
}
