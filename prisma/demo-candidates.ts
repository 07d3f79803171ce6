import type { CandidateSituation, EducationLevel } from "@prisma/client";

// 30 fictional prospective apprentices spread over several states (seed data only).
const FIRST = ["Avery", "Blake", "Casey", "Devon", "Emerson", "Finley", "Harper", "Jamie", "Kendall", "Logan"];
const LAST = ["Adams", "Baker", "Chen", "Diaz", "Evans", "Foster", "Garcia", "Hughes", "Ito", "Jackson"];
const PLACES: Array<[string, string, string]> = [
  ["Madison", "WI", "53703"],
  ["Milwaukee", "WI", "53202"],
  ["Fresno", "CA", "93721"],
  ["San Diego", "CA", "92101"],
  ["Austin", "TX", "78701"],
  ["San Antonio", "TX", "78205"],
  ["Atlanta", "GA", "30303"],
  ["Tampa", "FL", "33602"],
  ["Boston", "MA", "02108"],
  ["Philadelphia", "PA", "19103"],
];
const SITUATIONS: CandidateSituation[] = ["VETERAN", "STUDENT", "EMPLOYED", "SERVICE_MEMBER", "UNEMPLOYED"];
const EDUCATION: EducationLevel[] = ["HIGH_SCHOOL", "SOME_COLLEGE", "ASSOCIATE", "MILITARY_TRAINING", "BACHELOR"];
const TAGS = [["military-biomedical"], ["electronics"], ["it"], ["electronics", "it"], []];

export const DEMO_CANDIDATES = Array.from({ length: 30 }, (_, i) => {
  const [city, state, postalCode] = PLACES[i % PLACES.length]!;
  const firstName = FIRST[i % FIRST.length]!;
  const lastName = LAST[(i * 3) % LAST.length]!;
  return {
    email: `${firstName}.${lastName}.${i + 1}@candidates.example`.toLowerCase(),
    firstName,
    lastName,
    phone: `555-010-${String(1000 + i).slice(-4)}`,
    city,
    state,
    postalCode,
    willingToRelocate: i % 3 === 0,
    statesOfInterest: [state],
    regionsOfInterest: [],
    educationLevel: EDUCATION[i % EDUCATION.length]!,
    situation: SITUATIONS[i % SITUATIONS.length]!,
    experienceTags: TAGS[i % TAGS.length]!,
    experienceNotes: i % 5 === 0 ? "Served as a biomedical equipment repairer in the Army." : null,
    heardAbout: "Seed data",
    consentToShare: i % 6 !== 5,
  };
});
