import { z } from "zod";
import { IdSchema } from "@/lib/ids";

export const ORG_ROLE_OPTIONS = [
  { value: "MEMBER", label: "Member", help: "Works on the checklist." },
  { value: "ADMIN", label: "Admin", help: "Also manages members." },
  { value: "OWNER", label: "Owner", help: "Also manages owners; signs for the organization." },
] as const;

export const roleLabel = (role: string) => ORG_ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role;

const role = z.enum(["OWNER", "ADMIN", "MEMBER"], { message: "Choose a role." });

export const InviteMemberSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter an email address.")
    .max(254)
    .email("Enter a valid email address, like name@hospital.org."),
  role,
});

export const ChangeMemberRoleSchema = z.object({ membershipId: IdSchema, role });
export const RemoveMemberSchema = z.object({
  membershipId: IdSchema,
  confirm: z.literal("yes", { message: "Tick the box to confirm the removal." }),
});
export const SwitchOrganizationSchema = z.object({ organizationId: IdSchema });
