// AAMI BMET Registered Apprenticeship: the program facts the whole portal uses. Change them here only.

export const PROGRAM = {
  name: "Biomedical Equipment Technician (BMET) Registered Apprenticeship",
  shortName: "BMET Apprenticeship",
  sponsor: "AAMI (Association for the Advancement of Medical Instrumentation)",
  sponsorShort: "AAMI",
  occupation: "Biomedical Equipment Technician",
  onetCode: "49-9062.00",
  rapidsCode: "0888HY",
  programType: "Hybrid (competency-based and time-based)",
  termMonths: 24,
  /** The same term in on-the-job hours (about 2,000 paid hours a year), for hour-based wage schedules. */
  termHours: 4000,
  /** Business days AAMI aims to take to review a submission. */
  reviewTargetBusinessDays: 5,
  /** DOL's recommended minimum of related instruction per year. */
  recommendedRiHoursPerYear: 144,
  /** Apprentices per journeyworker allowed on site (1 apprentice : 1 journeyworker). */
  ratio: { apprentices: 1, journeyworkers: 1 },
  credentials: [
    { key: "CABT", name: "Certified Associate in Biomedical Technology (CABT)" },
    { key: "IT_FUNDAMENTALS", name: "IT Fundamentals" },
    { key: "CBET_CANDIDATE", name: "Certified Biomedical Equipment Technician (CBET) candidate" },
  ],
  /** Apprentices must be at least this old on their start date (RAPIDS refuses younger). */
  minimumAge: 16,
  /** Under this age on the start date, a parent or guardian signs the apprenticeship agreement too. */
  adultAge: 18,
} as const;

/**
 * The Training Objectives' skill sets, in the order of AAMI's schedule of on-the-job learning, with the hours each
 * takes; together they make up the whole term (PROGRAM.termHours). An apprentice who has already mastered a skill
 * set is credited its hours (fast-track), and starts at the wage step those hours reach. The keys are stored with
 * each credit: never rename one, add a new key instead.
 */
export const SKILL_SETS = [
  { key: "SAFETY", title: "Safety, infection control and the hospital environment", hours: 200 },
  { key: "PROFESSIONAL", title: "Professional practice, communication and customer service", hours: 200 },
  { key: "ANATOMY", title: "Anatomy, physiology and medical terminology for technicians", hours: 300 },
  { key: "ELECTRONICS", title: "Electronics fundamentals and test equipment", hours: 500 },
  { key: "DEVICES", title: "Medical device theory of operation", hours: 500 },
  { key: "INSPECTION", title: "Inspection and preventive maintenance", hours: 500 },
  { key: "REPAIR", title: "Troubleshooting and corrective maintenance", hours: 600 },
  { key: "IT_SECURITY", title: "Networking, IT and cybersecurity of medical devices", hours: 500 },
  { key: "STANDARDS", title: "Codes, standards and regulatory compliance", hours: 300 },
  { key: "MANAGEMENT", title: "Documentation, CMMS and equipment management", hours: 400 },
] as const;

export type SkillSetKey = (typeof SKILL_SETS)[number]["key"];

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
    title: "Sign the Employer Agreement",
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
