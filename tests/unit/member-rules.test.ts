import { describe, expect, it } from "vitest";
import { memberChangeRefusal } from "@/lib/organizations/member-rules";

describe("memberChangeRefusal", () => {
  it("lets owners do everything that keeps an owner", () => {
    expect(memberChangeRefusal("OWNER", { kind: "invite", role: "OWNER" })).toBeNull();
    expect(
      memberChangeRefusal("OWNER", { kind: "change-role", targetRole: "OWNER", newRole: "ADMIN", ownerCount: 2 }),
    ).toBeNull();
    expect(memberChangeRefusal("OWNER", { kind: "remove", targetRole: "OWNER", ownerCount: 2 })).toBeNull();
  });

  it("refuses to remove or demote the last owner", () => {
    expect(memberChangeRefusal("OWNER", { kind: "remove", targetRole: "OWNER", ownerCount: 1 })).toMatch(
      /at least one owner/,
    );
    expect(
      memberChangeRefusal("OWNER", { kind: "change-role", targetRole: "OWNER", newRole: "MEMBER", ownerCount: 1 }),
    ).toMatch(/at least one owner/);
    expect(
      memberChangeRefusal("OWNER", { kind: "change-role", targetRole: "OWNER", newRole: "OWNER", ownerCount: 1 }),
    ).toBeNull();
  });

  it("lets admins manage admins and members, never owners", () => {
    expect(memberChangeRefusal("ADMIN", { kind: "invite", role: "ADMIN" })).toBeNull();
    expect(memberChangeRefusal("ADMIN", { kind: "remove", targetRole: "MEMBER", ownerCount: 1 })).toBeNull();
    expect(memberChangeRefusal("ADMIN", { kind: "invite", role: "OWNER" })).toMatch(/Only an owner/);
    expect(
      memberChangeRefusal("ADMIN", { kind: "change-role", targetRole: "MEMBER", newRole: "OWNER", ownerCount: 1 }),
    ).toMatch(/Only an owner/);
    expect(memberChangeRefusal("ADMIN", { kind: "remove", targetRole: "OWNER", ownerCount: 3 })).toMatch(
      /Only an owner/,
    );
  });

  it("lets members manage nobody", () => {
    expect(memberChangeRefusal("MEMBER", { kind: "invite", role: "MEMBER" })).toMatch(/owner or admin/);
    expect(memberChangeRefusal("MEMBER", { kind: "remove", targetRole: "MEMBER", ownerCount: 1 })).toMatch(
      /owner or admin/,
    );
  });
});
