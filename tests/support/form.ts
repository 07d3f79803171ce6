/** The FormData a browser would post for these fields (what server actions receive from real forms). */
export function formData(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}
