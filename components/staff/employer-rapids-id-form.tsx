"use client";

import { useRecordForm } from "@/components/forms/use-record-form";
import { TextField } from "@/components/ui/field";
import { recordRapidsEmployerId } from "@/lib/organizations/rapids/actions";
import { RapidsEmployerIdSchema } from "@/lib/organizations/rapids/schemas";

/** The form staff administrators record the employer's RAPIDS id with; `current` travels so a stale page is told. */
export function EmployerRapidsIdForm({ organizationId, current }: { organizationId: string; current: string | null }) {
  const { frame, field } = useRecordForm(
    RapidsEmployerIdSchema,
    recordRapidsEmployerId,
    { organizationId, current: current ?? "" },
    { rapidsEmployerId: current ?? "" },
  );
  return frame(
    current ? "Save the RAPIDS employer id" : "Record the RAPIDS employer id",
    "primary",
    <div className="max-w-sm">
      <TextField
        id="rapidsEmployerId"
        label="RAPIDS employer id"
        hint="As RAPIDS shows it: up to 20 letters, digits and hyphens. Leave blank to clear it."
        autoComplete="off"
        maxLength={20}
        {...field("rapidsEmployerId")}
      />
    </div>,
  );
}
