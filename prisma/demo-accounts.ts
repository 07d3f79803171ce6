// The demo data's people and organizations, in one place: prisma/seed.ts creates them, the startup banner of
// `npm run dev` (lib/dev/run.ts) lists them and README.md's "Demo accounts" section says the same words
// (tests/unit/demo-accounts.test.ts fails when it drifts). Fictional: example domains, 555-01xx phone numbers.

import type { StepKey, StepStatus } from "@prisma/client";
import type { StateCode } from "../lib/us-states";
import { DEMO_CANDIDATES } from "./demo-candidates";

type DemoPerson = { name: string; email: string };

/** The address the demo's home page and step 4 give as AAMI's contact (staff administrators change it in settings). */
export const DEMO_AAMI_CONTACT_EMAIL = "apprenticeship@aami.example";

export const DEMO_STAFF = {
  staffAdmin: {
    name: "Alex Rivera",
    email: "admin@aami.example",
    staffRole: "STAFF_ADMIN",
    who: "AAMI staff administrator, who approves employers and publishes documents and standards",
  },
  staffReviewer: {
    name: "Jordan Lee",
    email: "reviewer@aami.example",
    staffRole: "STAFF_REVIEWER",
    who: "AAMI staff reviewer, who reviews submissions and apprentice registrations",
  },
} as const;

export type DemoOrganization = {
  /** How tests and the seed name this organization's owner in DEMO_ACCOUNTS. */
  key: "employerAtStep3" | "employerSubmitted" | "employerApproved";
  legalName: string;
  dbaName?: string;
  ein?: string;
  /** The organization's email domain: its owner's and its mentor's addresses end in it. */
  domain: string;
  owner: DemoPerson & { title: string };
  address: { line1: string; city: string; county: string; state: StateCode; postalCode: string };
  phone: string;
  /** The checklist steps it has done or is doing. */
  stepStatuses: Partial<Record<StepKey, StepStatus>>;
  /** Where the organization is, in the words the banner and README use. */
  stage: string;
  mentor?: DemoPerson & { title: string; yearsExperience: number };
  /** On the home page's participating-employers wall, with this logo (prisma/demo-logos/). */
  listing?: { displayName: string; logoFile: string };
};

const DONE_UP_TO_SUBMIT: Partial<Record<StepKey, StepStatus>> = {
  INTENT: "COMPLETE",
  STANDARDS: "COMPLETE",
  POSITION: "COMPLETE",
  FUNDING: "COMPLETE",
  MENTOR: "COMPLETE",
  AGREEMENT: "COMPLETE",
  SUBMIT: "COMPLETE",
};

export const DEMO_ORGANIZATIONS = [
  {
    key: "employerAtStep3",
    legalName: "Lakeside Health System",
    ein: "36-1234567",
    domain: "lakeside-health.example",
    owner: { name: "Priya Shah", email: "owner@lakeside-health.example", title: "HTM Manager" },
    address: { line1: "100 Shore Drive", city: "Madison", county: "Dane", state: "WI", postalCode: "53703" },
    phone: "608-555-0100",
    stepStatuses: { INTENT: "COMPLETE", STANDARDS: "COMPLETE", POSITION: "IN_PROGRESS" },
    stage: "at step 3 of the checklist, a position described and hiring not yet confirmed",
  },
  {
    key: "employerSubmitted",
    legalName: "Mercy Valley Medical Center",
    dbaName: "Mercy Valley",
    domain: "mercy-valley.example",
    owner: { name: "Marcus Hill", email: "owner@mercy-valley.example", title: "Director of Clinical Engineering" },
    address: { line1: "2400 Valley Road", city: "Fresno", county: "Fresno", state: "CA", postalCode: "93721" },
    phone: "559-555-0142",
    stepStatuses: DONE_UP_TO_SUBMIT,
    stage: "submitted, waiting for AAMI's review",
    mentor: {
      name: "Rosa Jiménez",
      email: "rosa.jimenez@mercy-valley.example",
      title: "Clinical Engineering Supervisor",
      yearsExperience: 15,
    },
  },
  {
    key: "employerApproved",
    legalName: "Northstar Medical Group",
    ein: "74-7654321",
    domain: "northstar-medical.example",
    owner: { name: "Dana Brooks", email: "owner@northstar-medical.example", title: "Director of Clinical Engineering" },
    address: { line1: "55 Beacon Street", city: "Austin", county: "Travis", state: "TX", postalCode: "78701" },
    phone: "512-555-0177",
    stepStatuses: DONE_UP_TO_SUBMIT,
    stage:
      "approved and countersigned by AAMI, registered with its Registration Agency and listed with its logo on the home page; one apprentice registration waiting for AAMI, one approved apprentice",
    mentor: {
      name: "Samir Haddad",
      email: "samir.haddad@northstar-medical.example",
      title: "Senior BMET",
      yearsExperience: 12,
    },
    listing: { displayName: "Northstar Medical Group", logoFile: "northstar-medical.svg" },
  },
] as const satisfies readonly DemoOrganization[];

export const demoOrganization = (key: DemoOrganization["key"]): DemoOrganization =>
  DEMO_ORGANIZATIONS.find((org) => org.key === key)!;

/** Every demo sign-in by role, for tests that sign in as one of them. */
export const DEMO_ACCOUNTS = {
  ...DEMO_STAFF,
  employerAtStep3: demoOrganization("employerAtStep3").owner,
  employerSubmitted: demoOrganization("employerSubmitted").owner,
  employerApproved: demoOrganization("employerApproved").owner,
};

/** Each demo sign-in with who it is: the banner's lines and the README table's rows. */
export function demoSignIns(): Array<{ email: string; who: string }> {
  return [
    ...Object.values(DEMO_STAFF).map(({ email, who }) => ({ email, who })),
    ...DEMO_ORGANIZATIONS.map((org) => ({
      email: org.owner.email,
      who: `Employer owner at ${org.legalName}, ${org.address.city}, ${org.address.state}: ${org.stage}`,
    })),
  ];
}

/** What else the seed creates, after the sign-ins (banner and README). */
export const DEMO_EXTRAS = `The seed also creates ${DEMO_CANDIDATES.length} fictional candidates in every region (veterans, service members, students, career changers, people looking for work) and SAMPLE versions of the National Standards and Training Objectives (generated PDFs, plainly marked SAMPLE; staff replace them with AAMI's real documents).`;

/** README.md's "Demo accounts" list, between its demo-accounts markers (a list: prettier leaves it as written). */
export function demoAccountsMarkdown(): string {
  return [...demoSignIns().map(({ email, who }) => `- \`${email}\` — ${who}.`), "", DEMO_EXTRAS].join("\n");
}
