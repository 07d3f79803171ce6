import type { Db } from "../../lib/prisma-client";
import type { ProgramStandards } from "../../lib/program/standards/model";

// The program standards as the migration publishes them (version 1), for pure tests that take the standards as a
// parameter; integration tests read the real row.

const SETS: Array<[key: string, title: string, hours: number]> = [
  ["SAFETY", "Orientation and Safety", 200],
  ["PROFESSIONAL", "Professional practice, communication and customer service", 200],
  ["ANATOMY", "Anatomy, physiology and medical terminology for technicians", 300],
  ["ELECTRONICS", "Electronics fundamentals and test equipment", 500],
  ["DEVICES", "Medical device theory of operation", 500],
  ["INSPECTION", "Inspection and preventive maintenance", 500],
  ["REPAIR", "Troubleshooting and corrective maintenance", 600],
  ["IT_SECURITY", "Networking, IT and cybersecurity of medical devices", 500],
  ["STANDARDS", "Codes, standards and regulatory compliance", 300],
  ["MANAGEMENT", "Documentation, CMMS and equipment management", 400],
];

export const STANDARDS_V1: ProgramStandards = {
  id: "standardsversion000001",
  version: 1,
  status: "PUBLISHED",
  registrationNumber: null,
  registeredOn: null,
  termOjlHours: 4000,
  termMonths: 24,
  probationMonths: 6,
  ratio: { apprentices: 1, journeyworkers: 1, level: "WORKSITE" },
  riHoursPerYear: 144,
  maxCreditHours: 3800,
  skillSets: SETS.map(([key, title, hours], i) => ({
    key,
    ordinal: i + 1,
    title,
    hours,
    isSample: key !== "SAFETY",
    skills: [{ code: `${i + 1}.01`, ordinal: 1, title: `First skill of ${title}` }],
  })),
  publishedAt: new Date("2026-12-03T00:00:00.000Z"),
};

/** The id of the current (newest published) standards version in a test database. */
export async function currentStandardsId(db: Db) {
  const current = await db.standardsVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  return current.id;
}
