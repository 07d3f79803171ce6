import type { ComponentProps } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { STATE_OPTIONS } from "@/lib/us-states";

const STATE_CHOICES = [{ value: "", label: "Choose a state" }, ...STATE_OPTIONS];

type Bound<C extends typeof SelectField | typeof TextField> = Omit<ComponentProps<C>, "id" | "label" | "options">;

/** The state of a US address, as every form asks it (the usState rule in lib/forms/fields.ts checks it). */
export function StateField({ id = "state", ...state }: Bound<typeof SelectField> & { id?: string }) {
  return (
    <SelectField id={id} label="State" required options={STATE_CHOICES} autoComplete="address-level1" {...state} />
  );
}

/** The state and ZIP of a US address, as every form asks them: pass each field's bindings (useActionForm's field()). */
export function StateZipFields({
  state,
  postalCode,
}: {
  state: Bound<typeof SelectField>;
  postalCode: Bound<typeof TextField>;
}) {
  return (
    <>
      <StateField {...state} />
      <TextField
        id="postalCode"
        label="ZIP code"
        required
        inputMode="numeric"
        autoComplete="postal-code"
        {...postalCode}
      />
    </>
  );
}
