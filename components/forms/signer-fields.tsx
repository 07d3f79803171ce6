import type { ComponentProps } from "react";
import { TextField } from "@/components/ui/field";

type Bound = Omit<ComponentProps<typeof TextField>, "id" | "label">;

/** The signer's full legal name and job title, as every electronic signature asks them (useActionForm's field()). */
export function SignerFields({ name, title }: { name: Bound; title: Bound }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField id="signerName" label="Your full legal name" autoComplete="name" required {...name} />
      <TextField id="signerTitle" label="Your job title" autoComplete="organization-title" required {...title} />
    </div>
  );
}
