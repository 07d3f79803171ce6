// Demo sign-in addresses created by the seed; printed by the dev script and listed in README.md.
export const DEMO_ACCOUNTS = {
  staffAdmin: { email: "admin@aami.example", name: "Alex Rivera", label: "AAMI staff admin" },
  staffReviewer: { email: "reviewer@aami.example", name: "Jordan Lee", label: "AAMI staff reviewer" },
  employerAtStep3: { email: "owner@lakeside-health.example", name: "Priya Shah", label: "Employer owner, at step 3" },
  employerSubmitted: {
    email: "owner@mercy-valley.example",
    name: "Marcus Hill",
    label: "Employer owner, submitted and waiting",
  },
  employerApproved: {
    email: "owner@northstar-medical.example",
    name: "Dana Brooks",
    label: "Employer owner, approved, two apprentices",
  },
} as const;
