import { STATE_CODES, type StateCode } from "@/lib/us-states";

// The Registration Agency of every state, DC and territory: the agency AAMI files an employer's acceptance
// agreement with, and that registers apprentices under AAMI's program at that employer. It is either DOL's Office of
// Apprenticeship (OA) or the state's State Apprenticeship Agency (SAA), recognized by OA under 29 CFR 29.13.
//
// This table is the portal's built-in knowledge, written from the public pages named in each entry's `source` on the
// date in `checkedOn`. Staff administrators correct it at /staff/agencies; a correction replaces the entry whole
// (lib/agencies/data.ts), so code reads agencies only through registrationAgencyFor(). Contacts nobody could find
// in a source are left null rather than guessed: documents then say "contact not yet recorded" and the staff page
// lists them. Entries marked `toConfirm` were not confirmed by a page read for this table: their kind and name follow
// DOL's map of OA and SAA states as the portal's authors understood it, and staff should check them against the
// source before relying on them. See README "Registration Agencies".

export const AGENCY_KINDS = ["OA", "SAA"] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABEL: Record<AgencyKind, string> = {
  OA: "U.S. Department of Labor, Office of Apprenticeship",
  SAA: "State Apprenticeship Agency",
};

export type RegistrationAgency = {
  state: StateCode;
  kind: AgencyKind;
  /** The agency (for OA, "U.S. Department of Labor, Office of Apprenticeship"). */
  name: string;
  /** The department or office it belongs to, or the OA office serving the state. */
  office: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** Where the entry came from: the page a person can open to check it. */
  source: string;
  /** The day the entry was last checked against its source, YYYY-MM-DD. */
  checkedOn: string;
};

export type RegistryEntry = RegistrationAgency & {
  /** Not confirmed by a page read for this table (see above). A staff correction confirms an entry. */
  toConfirm?: true;
};

/** DOL's page that says which states register through OA and which through a recognized SAA. */
export const DOL_APPRENTICESHIP_SYSTEM_URL = "https://www.apprenticeship.gov/about-us/apprenticeship-system";
const CHECKED_ON = "2026-12-03";
const OA_NAME = AGENCY_KIND_LABEL.OA;

type Contact = Partial<Pick<RegistrationAgency, "office" | "email" | "phone" | "website">>;

const saa = (state: StateCode, name: string, source: string, contact: Contact = {}): RegistryEntry => ({
  state,
  kind: "SAA",
  name,
  office: contact.office ?? null,
  email: contact.email ?? null,
  phone: contact.phone ?? null,
  website: contact.website ?? null,
  source,
  checkedOn: CHECKED_ON,
});

const oa = (state: StateCode, source: string, contact: Contact = {}): RegistryEntry => ({
  ...saa(state, OA_NAME, source, contact),
  kind: "OA",
});

/** Kind and name from DOL's map as understood, not confirmed by a page read for this table. */
const unconfirmed = (entry: RegistryEntry): RegistryEntry => ({
  ...entry,
  source: DOL_APPRENTICESHIP_SYSTEM_URL,
  toConfirm: true,
});
const saaToConfirm = (state: StateCode, name: string, office?: string) =>
  unconfirmed(saa(state, name, DOL_APPRENTICESHIP_SYSTEM_URL, { office }));
const oaToConfirm = (state: StateCode) => unconfirmed(oa(state, DOL_APPRENTICESHIP_SYSTEM_URL));

export const REGISTRY: readonly RegistryEntry[] = [
  saa(
    "AL",
    "Alabama Office of Apprenticeship",
    "https://www.madeinalabama.com/why-alabama/workforce-training/apprenticeship-alabama/",
  ),
  oaToConfirm("AK"),
  saa("AZ", "Arizona Apprenticeship Office", "https://des.az.gov/node/26402", {
    office: "Arizona Department of Economic Security",
    phone: "(602) 542-6013",
    website: "https://des.az.gov/node/26402",
  }),
  oaToConfirm("AR"),
  saa("CA", "Division of Apprenticeship Standards", "http://www.dir.ca.gov/DAS/DAS_Overview.html", {
    office: "California Department of Industrial Relations",
    website: "https://www.dir.ca.gov/das/",
  }),
  saa("CO", "Apprenticeship Colorado", "https://apprenticeship.colorado.gov/transition", {
    office: "Colorado Department of Labor and Employment",
    email: "apprenticeship@state.co.us",
    website: "https://apprenticeship.colorado.gov",
  }),
  saa("CT", "Office of Apprenticeship Training", "https://portal.ct.gov/dol/Divisions/Apprenticeships", {
    office: "Connecticut Department of Labor",
    website: "https://portal.ct.gov/dol/Divisions/Apprenticeships",
  }),
  saa(
    "DE",
    "Apprenticeship and Training",
    "https://labor.delaware.gov/divisions/employment-training/apprenticeship-and-training/",
    {
      office: "Delaware Department of Labor, Division of Employment and Training",
      website: "https://labor.delaware.gov/divisions/employment-training/apprenticeship-and-training/",
    },
  ),
  saa(
    "DC",
    "Office of Apprenticeship, Information and Training",
    "https://code.dccouncil.us/us/dc/council/code/sections/32-1403",
    { office: "District of Columbia Department of Employment Services", website: "https://does.dc.gov" },
  ),
  saa(
    "FL",
    "Office of Apprenticeship",
    "http://fldoe.org/academics/career-adult-edu/apprenticeship-programs/what-is-apprenticeship.stml",
    {
      office: "Florida Department of Education",
      website: "http://fldoe.org/academics/career-adult-edu/apprenticeship-programs/",
    },
  ),
  oa("GA", "https://workhands.com/blog/oa-vs-saa-apprenticeship-state"),
  saa("HI", "Workforce Development Division", "https://labor.hawaii.gov/wdc/?p=2412", {
    office: "Hawaii Department of Labor and Industrial Relations",
    website: "https://labor.hawaii.gov/wdd/employers/apprenticeship/apprenticeship/",
  }),
  oaToConfirm("ID"),
  oaToConfirm("IL"),
  oaToConfirm("IN"),
  oaToConfirm("IA"),
  saa(
    "KS",
    "Office of Registered Apprenticeship",
    "https://hpj.com/2022/09/06/gov-laura-kelly-establishes-office-of-registered-apprenticeship",
    { office: "Kansas Department of Commerce", website: "https://ksapprenticeship.org" },
  ),
  saa(
    "KY",
    "Office of Employer and Apprenticeship Services",
    "https://kentucky.gov/Pages/Activity-stream.aspx?n=EducationCabinet&prId=578",
    { office: "Kentucky Education and Labor Cabinet" },
  ),
  saa("LA", "Apprenticeship Division", "https://apprenticeshipla.com/about-us/division-operations/", {
    office: "Louisiana Workforce Commission",
    email: "Apprenticeshipla@lwc.la.gov",
    website: "https://apprenticeshipla.com",
  }),
  saaToConfirm("ME", "Maine Apprenticeship Program", "Maine Department of Labor"),
  saaToConfirm("MD", "Maryland Apprenticeship and Training Program", "Maryland Department of Labor"),
  saaToConfirm(
    "MA",
    "Division of Apprentice Standards",
    "Massachusetts Executive Office of Labor and Workforce Development",
  ),
  oaToConfirm("MI"),
  saaToConfirm("MN", "Apprenticeship Minnesota", "Minnesota Department of Labor and Industry"),
  oaToConfirm("MS"),
  oaToConfirm("MO"),
  saaToConfirm("MT", "Registered Apprenticeship", "Montana Department of Labor and Industry"),
  oaToConfirm("NE"),
  saaToConfirm("NV", "Nevada State Apprenticeship Agency"),
  oaToConfirm("NH"),
  oaToConfirm("NJ"),
  saaToConfirm("NM", "Apprenticeship Office", "New Mexico Department of Workforce Solutions"),
  saa("NY", "New York State Department of Labor", "https://dol.ny.gov/apprenticeship/register-apprenticeship-program", {
    website: "https://dol.ny.gov/apprenticeship/register-apprenticeship-program",
  }),
  saa("NC", "ApprenticeshipNC", "https://esaconference.org/states/north-carolina", {
    office: "North Carolina Community College System",
    website: "https://www.apprenticeshipnc.com",
  }),
  oaToConfirm("ND"),
  saa(
    "OH",
    "ApprenticeOhio",
    "https://www.wdtn.com/news/ohio/ohio-receives-9-4m-to-expand-apprenticeship-opportunities/",
    { office: "Ohio Department of Job and Family Services", website: "https://apprentice.ohio.gov" },
  ),
  oaToConfirm("OK"),
  saa(
    "OR",
    "Oregon Bureau of Labor and Industries (BOLI)",
    "https://workhands.com/blog/oa-vs-saa-apprenticeship-state",
  ),
  saa(
    "PA",
    "Apprenticeship and Training Office",
    "https://www.dli.pa.gov/Individuals/Workforce-Development/apprenticeship/Pages/Services.aspx",
    {
      office: "Pennsylvania Department of Labor & Industry",
      website: "https://www.dli.pa.gov/Individuals/Workforce-Development/apprenticeship/Pages/Services.aspx",
    },
  ),
  saaToConfirm("RI", "Registered Apprenticeship", "Rhode Island Department of Labor and Training"),
  oaToConfirm("SC"),
  oaToConfirm("SD"),
  oaToConfirm("TN"),
  oa("TX", "https://www.twc.texas.gov/programs/apprenticeship/employers"),
  oaToConfirm("UT"),
  saaToConfirm("VT", "Registered Apprenticeship", "Vermont Department of Labor"),
  saa("VA", "Division of Registered Apprenticeship", "https://esaconference.org/states/virginia", {
    office: "Virginia Department of Workforce Development and Advancement (Virginia Works)",
  }),
  saa(
    "WA",
    "Apprenticeship Section",
    "https://wtb.wa.gov/planning-programs/washington-workforce-system/directory-apprenticeship",
    {
      office: "Washington State Department of Labor & Industries",
      phone: "(360) 902-5320",
      email: "apprentice@lni.wa.gov",
      website: "https://lni.wa.gov/licensing-permits/apprenticeship/",
    },
  ),
  oaToConfirm("WV"),
  saa("WI", "Bureau of Apprenticeship Standards", "https://dwd.wisconsin.gov/wioa/policy/07/07.8.2.101.htm", {
    office: "Wisconsin Department of Workforce Development, Division of Employment and Training",
    website: "https://dwd.wisconsin.gov/apprenticeship/",
  }),
  oaToConfirm("WY"),
  saaToConfirm("PR", "Puerto Rico State Apprenticeship Agency"),
  oaToConfirm("GU"),
  saaToConfirm("VI", "Virgin Islands Department of Labor"),
  oaToConfirm("AS"),
  oaToConfirm("MP"),
];

const BY_STATE = new Map<string, RegistryEntry>(REGISTRY.map((entry) => [entry.state, entry]));

/** The built-in entry for a state; undefined for a code that is not a state, DC or territory. */
export const registryEntry = (state: string): RegistryEntry | undefined => BY_STATE.get(state);

/** States the table has no entry for (checked empty by a unit test). */
export const STATES_WITHOUT_AGENCY = STATE_CODES.filter((s) => !BY_STATE.has(s));

export const agencyKindLabel = (kind: AgencyKind) => AGENCY_KIND_LABEL[kind];

/** What pages and documents say where no contact is recorded yet: staff fill it in at /staff/agencies. */
export const CONTACT_NOT_RECORDED = "Contact not yet recorded";

/** Every way the agency can be reached, in one line; null when none is recorded. */
export function agencyContactLine(agency: RegistrationAgency): string | null {
  const parts = [agency.phone, agency.email, agency.website].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** What documents call the agency: "Apprenticeship Colorado, Colorado Department of Labor and Employment". */
export const agencyDisplayName = (agency: Pick<RegistrationAgency, "name" | "office">) =>
  agency.office ? `${agency.name}, ${agency.office}` : agency.name;
