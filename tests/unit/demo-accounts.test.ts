import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXPERIENCE_OPTIONS, HEARD_ABOUT_OPTIONS } from "@/lib/candidates/options";
import { regionOf } from "@/lib/regions";
import { DEMO_ORGANIZATIONS, DEMO_STAFF, demoAccountsMarkdown, demoSignIns } from "@/prisma/demo-accounts";
import { DEMO_CANDIDATES } from "@/prisma/demo-candidates";

const README = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");

/** The README text between the demo-accounts markers, without the blank lines around it. */
function readmeDemoSection() {
  const match = /<!-- demo-accounts:start[^>]*-->\n([\s\S]*?)\n<!-- demo-accounts:end -->/.exec(README);
  if (!match) throw new Error("README.md has no <!-- demo-accounts:start --> … <!-- demo-accounts:end --> section");
  return match[1]!.trim();
}

// The first digit of a ZIP code is the USPS national area of its state (0 = New England and New Jersey … 9 = the
// West Coast): enough to catch a city moved to another state without its ZIP.
const ZIP_AREA: Record<string, string> = {
  "0": "CT MA ME NH NJ PR RI VT VI",
  "1": "DE NY PA",
  "2": "DC MD NC SC VA WV",
  "3": "AL FL GA MS TN",
  "4": "IN KY MI OH",
  "5": "IA MN MT ND SD WI",
  "6": "IL KS MO NE",
  "7": "AR LA OK TX",
  "8": "AZ CO ID NM NV UT WY",
  "9": "AK CA HI OR WA",
};

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe("demo accounts: one list for the seed, the startup banner and the README", () => {
  it("README's demo section is the list's text (paste demoAccountsMarkdown() there when the list changes)", () => {
    expect(readmeDemoSection()).toBe(demoAccountsMarkdown());
  });

  it("names every staff member and organization owner once, with what they can show", () => {
    const signIns = demoSignIns();
    expect(signIns.map((s) => s.email)).toEqual([
      DEMO_STAFF.staffAdmin.email,
      DEMO_STAFF.staffReviewer.email,
      ...DEMO_ORGANIZATIONS.map((org) => org.owner.email),
    ]);
    expect(duplicates(signIns.map((s) => s.email))).toEqual([]);
    for (const org of DEMO_ORGANIZATIONS) {
      expect(signIns.find((s) => s.email === org.owner.email)?.who).toContain(org.legalName);
    }
  });

  it("gives each organization's people addresses at its own domain, mentors as firstname.lastname", () => {
    for (const org of DEMO_ORGANIZATIONS) {
      expect(org.owner.email.endsWith(`@${org.domain}`)).toBe(true);
      if (!("mentor" in org)) continue;
      const [first, last] = org.mentor.name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(" ");
      expect(org.mentor.email).toBe(`${first}.${last}@${org.domain}`);
    }
    const mentors = DEMO_ORGANIZATIONS.flatMap((org) => ("mentor" in org ? [org.mentor] : []));
    expect(duplicates(mentors.map((m) => m.name))).toEqual([]);
  });

  it("lists the registered organization, with a logo, on the home page", () => {
    const listed = DEMO_ORGANIZATIONS.filter((org) => "listing" in org);
    expect(listed.map((org) => org.key)).toEqual(["employerApproved"]);
  });
});

describe("demo candidates", () => {
  it("are different people with their own addresses", () => {
    expect(DEMO_CANDIDATES).toHaveLength(30);
    expect(duplicates(DEMO_CANDIDATES.map((c) => `${c.firstName} ${c.lastName}`))).toEqual([]);
    expect(duplicates(DEMO_CANDIDATES.map((c) => c.firstName))).toEqual([]);
    expect(duplicates(DEMO_CANDIDATES.map((c) => c.lastName))).toEqual([]);
    expect(duplicates(DEMO_CANDIDATES.map((c) => c.email.toLowerCase()))).toEqual([]);
    expect(duplicates(DEMO_CANDIDATES.flatMap((c) => (c.phone ? [c.phone] : [])))).toEqual([]);
  });

  it("live where their ZIP code is, in every region, and want to work in their own state", () => {
    for (const c of DEMO_CANDIDATES) {
      expect(c.postalCode, `${c.firstName} ${c.lastName}`).toMatch(/^\d{5}$/);
      expect(ZIP_AREA[c.postalCode[0]!]!.split(" "), `${c.city}, ${c.state} ${c.postalCode}`).toContain(c.state);
      expect(c.statesOfInterest[0]).toBe(c.state);
    }
    expect(new Set(DEMO_CANDIDATES.map((c) => regionOf(c.state))).size).toBe(6);
  });

  it("come in every situation, with answers the interest form offers", () => {
    expect(new Set(DEMO_CANDIDATES.map((c) => c.situation))).toEqual(
      new Set(["STUDENT", "EMPLOYED", "UNEMPLOYED", "SERVICE_MEMBER", "VETERAN"]),
    );
    const tags = new Set<string>(EXPERIENCE_OPTIONS.map((o) => o.value));
    const heard = new Set<string>(HEARD_ABOUT_OPTIONS.map((o) => o.value).filter(Boolean));
    for (const c of DEMO_CANDIDATES) {
      expect(c.experienceTags.every((t) => tags.has(t))).toBe(true);
      expect(heard.has(c.heardAbout)).toBe(true);
    }
    // Some have not agreed to share their profile: employers must not see them.
    expect(DEMO_CANDIDATES.some((c) => !c.consentToShare)).toBe(true);
  });
});
