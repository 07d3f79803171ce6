import { z } from "zod";

export const ORG_ROLE_OPTIONS = [
  { value: "MEMBER", label: "Member", help: "Works on the checklist." },
  { value: "ADMIN", label: "Admin", help: "Also manages members." },
  { value: "OWNER", label: "Owner", help: "Also manages owners; signs for the organization." },
] as const;

const role = z.enum(["OWNER", "ADMIN", "MEMBER"], { message: "Choose a role." });
const id = z.string().trim().min(1, "Missing identifier.").max(64);

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

export const ChangeMemberRoleSchema = z.object({ membershipId: id, role });
export const RemoveMemberSchema = z.object({ membershipId: id });
export const SwitchOrganizationSchema = z.object({ organizationId: id });

export type InviteMemberInput = z.infer<typeof InviteMemberSchema>;
