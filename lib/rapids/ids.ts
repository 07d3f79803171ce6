import { z } from "zod";
import { PROGRAM } from "@/lib/program";

// How the RAPIDS workbook names its rows. The Apprentice tab's Employer, Related Technical Instruction Provider and
// Wage Schedule columns hold an identifier that must name a row of the Employer, RTI Providers and Wage Schedules
// tabs. Where RAPIDS has assigned an id (employers and providers, recorded by AAMI staff) the file uses it, so
// RAPIDS matches the row to its own record; otherwise a portal-made id that is stable (the record's own id) and
// cannot be mistaken for one of RAPIDS': it starts with PORTAL- and is longer than any id RAPIDS issues.

export const PORTAL_ID_PREFIX = "PORTAL-";

/** The Occupation tab's one row: the program's occupation, by the code RAPIDS itself gives it. */
export const OCCUPATION_IDENTIFIER: string = PROGRAM.rapidsCode;

/** An id RAPIDS issued, as staff record it: 1 to 20 letters, digits and hyphens (as RAPIDS apprentice ids). */
export const RAPIDS_ID_PATTERN = /^[A-Za-z0-9-]{1,20}$/;

export const portalId = (kind: "EMP" | "RTI" | "WS", recordId: string) => `${PORTAL_ID_PREFIX}${kind}-${recordId}`;

export const isPortalId = (identifier: string) => identifier.toUpperCase().startsWith(PORTAL_ID_PREFIX);

export const employerIdentifier = (org: { id: string; rapidsEmployerId: string | null }) =>
  org.rapidsEmployerId ?? portalId("EMP", org.id);

export const providerIdentifier = (provider: { id: string; rapidsProviderId: string | null }) =>
  provider.rapidsProviderId ?? portalId("RTI", provider.id);

/** RAPIDS assigns no id to an employer's wage schedule in this program: always the portal's. */
export const wageScheduleIdentifier = (scheduleId: string) => portalId("WS", scheduleId);

/**
 * A RAPIDS id typed by staff, or nothing (which clears it). Upper-cased: RAPIDS ids are not case-sensitive, and one
 * spelling keeps the unique index meaningful.
 */
export const optionalRapidsId = (what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : undefined))
    .refine((v) => v === undefined || RAPIDS_ID_PATTERN.test(v), {
      message: `Enter ${what} as RAPIDS shows it: up to 20 letters, digits and hyphens.`,
    })
    .refine((v) => v === undefined || !isPortalId(v), {
      message: `That is the portal's own placeholder, not ${what}. Enter the id RAPIDS assigned, or leave it blank.`,
    });
