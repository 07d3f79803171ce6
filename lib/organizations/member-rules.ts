import type { OrgRole } from "@prisma/client";

// Who may change whom. Pure, so the rules are unit-tested apart from the database.
// Owners manage everyone; admins manage admins and members but never owners, and cannot make owners.
// An organization always keeps at least one owner.

export type MemberChange =
  | { kind: "invite"; role: OrgRole }
  | { kind: "change-role"; targetRole: OrgRole; newRole: OrgRole; ownerCount: number }
  | { kind: "remove"; targetRole: OrgRole; ownerCount: number };

export function memberChangeRefusal(actorRole: OrgRole, change: MemberChange): string | null {
  if (actorRole === "MEMBER") return "Only an owner or admin can manage members.";
  const touchesOwner =
    (change.kind === "invite" && change.role === "OWNER") ||
    (change.kind === "change-role" && (change.targetRole === "OWNER" || change.newRole === "OWNER")) ||
    (change.kind === "remove" && change.targetRole === "OWNER");
  if (touchesOwner && actorRole !== "OWNER") return "Only an owner can add, change or remove owners.";
  const losesOwner =
    change.kind !== "invite" &&
    change.targetRole === "OWNER" &&
    (change.kind === "remove" || change.newRole !== "OWNER");
  if (losesOwner && change.ownerCount <= 1) {
    return "The organization needs at least one owner. Make someone else an owner first.";
  }
  return null;
}
