import type { OrgApprentice } from "@/lib/apprentices/enrollment/data";

// What the enrollment form starts with: a blank enrollment, one pre-filled from a candidate's contact details, or a
// saved enrollment to edit.

/** The form's values as strings (what the inputs hold), for a new enrollment or an edit. */
export type EnrollmentDefaults = Record<string, string | string[] | Record<string, string>>;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const dollars = (cents: number) => (cents / 100).toFixed(2);

type CandidateContact = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  city: string;
  state: string;
  postalCode: string;
};

export function newEnrollmentDefaults(rtiProviderId: string, candidate: CandidateContact | null): EnrollmentDefaults {
  return {
    employmentStatus: candidate ? "NEW_EMPLOYEE" : "",
    candidateId: candidate?.id ?? "",
    firstName: candidate?.firstName.slice(0, 55) ?? "",
    lastName: candidate?.lastName.slice(0, 55) ?? "",
    email: candidate?.email ?? "",
    phone: candidate?.phone ?? "",
    city: candidate?.city.slice(0, 55) ?? "",
    state: candidate?.state ?? "",
    // The interest form accepts ZIP+4; RAPIDS takes the five digits.
    postalCode: candidate?.postalCode.slice(0, 5) ?? "",
    rtiProviderId,
    studentStatus: "NA",
    priorWageUnit: "H",
    creditPreviousTrainingHours: "0",
    masteredSkillSets: [],
    evidence: {},
  };
}

export function savedEnrollmentDefaults(a: OrgApprentice): EnrollmentDefaults {
  return {
    apprenticeId: a.id,
    rowVersion: String(a.rowVersion),
    candidateId: a.candidateId ?? "",
    positionId: a.positionId ?? "",
    employmentStatus: a.employmentStatus,
    firstName: a.firstName,
    middleName: a.middleName ?? "",
    lastName: a.lastName,
    suffix: a.suffix ?? "",
    dateOfBirth: isoDay(a.dateOfBirth),
    startDate: isoDay(a.startDate),
    email: a.email ?? "",
    phone: a.phone ?? "",
    streetAddress: a.streetAddress,
    city: a.city,
    state: a.state,
    postalCode: a.postalCode,
    rtiProviderId: a.rtiProviderId,
    studentStatus: a.studentStatus,
    priorWage: dollars(a.priorWageCents),
    priorWageUnit: a.priorWageUnit,
    creditPreviousTrainingHours: String(a.creditPreviousTrainingHours),
    careerConnection: a.careerConnection ?? "",
    apprenticeType: a.apprenticeType ?? "",
    careerLinkageOrDirectEntry: a.careerLinkageOrDirectEntry ?? "",
    ojtFundingSources: a.ojtFundingSources ?? "",
    careerLatticeLevels: a.careerLatticeLevels ?? "",
    wioaParticipant: a.wioaParticipant ? "yes" : "",
    taaParticipant: a.taaParticipant ? "yes" : "",
    masteredSkillSets: a.skillCredits.map((c) => c.skillSetKey),
    evidence: Object.fromEntries(a.skillCredits.map((c) => [c.skillSetKey, c.evidence])),
  };
}
