import type { WageScheduleInput } from "../../lib/onboarding/wages/rules";
import type { AgreementContent } from "../../lib/pdf/agreement";

// Sample data shared by the unit tests and the benchmarks.

/** The shape of the sample on p. A-2 of the Training Objectives: 60% of the journeyworker rate rising to 80%. */
export const SAMPLE_WAGE_SCHEDULE: WageScheduleInput = {
  journeyworkerRateCents: 3800,
  entryWageCents: 2280,
  basis: "MONTHS",
  termLength: 24,
  steps: [
    { threshold: 6, amountKind: "PERCENT", amountValue: 6500 },
    { threshold: 12, amountKind: "DOLLARS", amountValue: 2736 },
    { threshold: 18, amountKind: "PERCENT", amountValue: 8000 },
  ],
};

/** An organization whose names need more than ASCII, with every appendix filled in. */
export const SAMPLE_AGREEMENT_CONTENT: AgreementContent = {
  organization: {
    legalName: "Hôpital Saint-José Medical Center",
    dbaName: "Saint José",
    ein: "12-3456789",
    address: "1 Main Street, Springfield, IL 62701",
    county: "Sangamon",
    state: "IL",
    contactName: "Dana Nguyễn",
    contactEmail: "dana@stjose.example",
    contactPhone: "217-555-0100",
  },
  positions: [
    {
      title: "BMET Apprentice",
      department: "Clinical Engineering",
      type: "NEW_POSITION",
      siteAddress: "1 Main Street, Springfield, IL",
      expectedStartDate: "2027-02-01",
      openings: 2,
    },
  ],
  funding: {
    providerName: "Lincoln Land Community College",
    providerType: "Community or technical college",
    delivery: "HYBRID",
    providerContact: "apprenticeship@llcc.example",
    hoursPerYear: 160,
    costPerApprenticeCents: 420000,
    sources: ["OPERATING_BUDGET", "OTHER"],
    otherSourceText: "Hospital foundation",
    instructionTimePaid: true,
  },
  mentors: [
    {
      name: "Chris Ortega",
      title: "Senior BMET",
      email: "chris@stjose.example",
      phone: null,
      credentials: ["CBET", "CRES"],
      yearsExperience: 12,
    },
  ],
  journeyworkerCount: 3,
  wageSchedule: SAMPLE_WAGE_SCHEDULE,
};
