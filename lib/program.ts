// AAMI BMET Registered Apprenticeship: the program's fixed identity. Its standards (the term, probation, ratio,
// related instruction, the credit cap and the work-process schedule) are versioned data that staff administrators
// publish: read them through lib/program/standards/data.ts, never as literals.

export const PROGRAM = {
  name: "Biomedical Equipment Technician (BMET) Registered Apprenticeship",
  shortName: "BMET Apprenticeship",
  sponsor: "AAMI (Association for the Advancement of Medical Instrumentation)",
  sponsorShort: "AAMI",
  /**
   * Where the sponsor is reached (29 CFR 29.7(c) asks for its address): AAMI's published headquarters. The lead
   * should confirm it with AAMI's apprenticeship staff before the first agreement is filed.
   */
  sponsorAddress: "901 N. Glebe Road, Suite 300, Arlington, VA 22203",
  sponsorPhone: "(703) 525-4890",
  occupation: "Biomedical Equipment Technician",
  onetCode: "49-9062.00",
  rapidsCode: "0888HY",
  programType: "Hybrid (competency-based and time-based)",
  /** Business days AAMI aims to take to review a submission. */
  reviewTargetBusinessDays: 5,
  credentials: [
    { key: "CABT", name: "Certified Associate in Biomedical Technology (CABT)" },
    { key: "IT_FUNDAMENTALS", name: "IT Fundamentals" },
    { key: "CBET_CANDIDATE", name: "Certified Biomedical Equipment Technician (CBET) candidate" },
  ],
  /** Apprentices must be at least this old on their start date (RAPIDS refuses younger). */
  minimumAge: 16,
  /** Under this age on the start date, a parent or guardian signs the apprenticeship agreement too. */
  adultAge: 18,
  /**
   * Days an employer has to tell AAMI in writing of a hire, completion, cancellation, suspension or transfer, so
   * AAMI can give the Registration Agency the notices 29 CFR 29.5(b)(19) requires in time.
   */
  employerNoticeDays: 30,
  /** Years an employer keeps each apprentice's on-the-job learning and related-instruction records (29 CFR 30.12). */
  recordsRetentionYears: 5,
  /** Days an applicant or apprentice has to file an EEO complaint with the Registration Agency (29 CFR 30.14). */
  eeoComplaintDays: 300,
} as const;

export type StepKeyName =
  "intent" | "standards" | "position" | "funding" | "mentor" | "agreement" | "submit" | "apprentices";

/** AAMI's eight-step employer-partner checklist, in order. */
export const STEPS: ReadonlyArray<{ key: StepKeyName; number: number; title: string; summary: string }> = [
  {
    key: "intent",
    number: 1,
    title: "Tell AAMI you want to start",
    summary: "Register your organization and its main contact.",
  },
  {
    key: "standards",
    number: 2,
    title: "Review the standards",
    summary: "Read the BMET National Standards of Apprenticeship and the Training Objectives.",
  },
  {
    key: "position",
    number: 3,
    title: "Have a position",
    summary: "A new position through HR, an existing vacancy, or an incumbent worker.",
  },
  {
    key: "funding",
    number: 4,
    title: "Fund related instruction",
    summary: "Choose a provider and secure funding; the employer pays 100%.",
  },
  {
    key: "mentor",
    number: 5,
    title: "Appoint a mentor",
    summary: "Name an experienced technician to guide each apprentice.",
  },
  {
    key: "agreement",
    number: 6,
    title: "Sign the Employer Acceptance Agreement",
    summary: "Build a wage schedule with at least one raise and sign.",
  },
  { key: "submit", number: 7, title: "Submit to AAMI", summary: "Send the agreement and wage schedule for review." },
  {
    key: "apprentices",
    number: 8,
    title: "Hire and enroll apprentices",
    summary: "Enroll apprentices, with credit for skills they already have.",
  },
];
