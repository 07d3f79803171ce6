import { describe, expect, it } from "vitest";
import { navItemsFor } from "@/components/layout/nav-items";
import { inSection } from "@/components/layout/nav-link";

const labels = (who: Parameters<typeof navItemsFor>[0]) => {
  const { primary, more } = navItemsFor(who);
  return { primary: primary.map((i) => i.label), more: more.map((i) => i.label) };
};

describe("the header's links", () => {
  it("keep a staff administrator's row to five links, the pages visited less often under More", () => {
    expect(labels({ staffRole: "STAFF_ADMIN", member: false, partner: false })).toEqual({
      primary: ["Staff home", "Queue", "Employers", "Candidates", "Apprentices"],
      more: ["Training figures", "Agencies", "Standards", "RTI providers", "Documents", "Settings"],
    });
  });

  it("give a staff reviewer no link to the administrators' Documents and Settings", () => {
    expect(labels({ staffRole: "STAFF_REVIEWER", member: false, partner: false }).more).toEqual([
      "Training figures",
      "Agencies",
      "Standards",
      "RTI providers",
    ]);
  });

  it("give an employer partner its apprentices, candidates and training, the listing under More; other members the checklist only", () => {
    expect(labels({ staffRole: null, member: true, partner: true })).toEqual({
      primary: ["Checklist", "Members", "Apprentices", "Candidates", "Training"],
      more: ["Listing"],
    });
    expect(labels({ staffRole: null, member: true, partner: false }).primary).toEqual(["Checklist", "Members"]);
    expect(labels({ staffRole: null, member: false, partner: false })).toEqual({ primary: [], more: [] });
  });

  it("give apprentices their training, and mentors their approvals; a member who mentors keeps the member's row", () => {
    const training = (apprentice: boolean, mentor: boolean) => ({ apprentice, mentor });
    expect(labels({ staffRole: null, member: false, partner: false, training: training(true, false) }).primary).toEqual(
      ["Training"],
    );
    expect(labels({ staffRole: null, member: false, partner: false, training: training(false, true) }).primary).toEqual(
      ["Training", "Approvals"],
    );
    expect(labels({ staffRole: null, member: true, partner: true, training: training(false, true) }).primary).toEqual([
      "Checklist",
      "Members",
      "Apprentices",
      "Candidates",
      "Training",
    ]);
  });
});

describe("the current section", () => {
  const [staffHome] = navItemsFor({ staffRole: "STAFF_REVIEWER", member: false, partner: false }).primary;
  const [checklist] = navItemsFor({ staffRole: null, member: true, partner: true }).primary;

  it("is exact for Staff home, whose sub-pages have links of their own", () => {
    expect(inSection("/staff", staffHome!)).toBe(true);
    expect(inSection("/staff/employers", staffHome!)).toBe(false);
  });

  it("leaves step 8's apprentices to their own link, not the checklist's", () => {
    expect(inSection("/onboarding/funding", checklist!)).toBe(true);
    expect(inSection("/onboarding/apprentices/new", checklist!)).toBe(false);
  });
});
