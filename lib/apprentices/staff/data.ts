import "server-only";
import { loadApprovalFacts } from "@/lib/apprentices/registration/approval-facts";
import { approvalBlocker } from "@/lib/apprentices/registration/rules";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { creditStandards } from "@/lib/program/standards/model";
import { Prisma, type ApprenticeStatus, type StaffRole } from "@prisma/client";
import { requireStaff } from "@/lib/authz";
import { APPRENTICE_FIELDS, withoutSelfIdAnswers } from "@/lib/apprentices/enrollment/data";
import { rapidsCsv } from "@/lib/rapids/csv";
import { EXPORTED_STATUSES, RapidsExportError, loadRapidsFile } from "@/lib/apprentices/staff/rapids-export";
import { recordAudit } from "@/lib/audit/record";
import { ssnKeys } from "@/lib/crypto/ssn";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { firstParam, literalLikeText, loadPage, searchText, type SearchParams } from "@/lib/lists";
import { buildRapidsWorkbook } from "@/lib/rapids/workbook";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import { listPackets } from "@/lib/packets/data";
import { loadCredentials } from "@/lib/training/credentials/data";

// Staff's view of apprentices: the registrations waiting for AAMI, one apprentice's registration (and credentials)
// with what staff decide on, the list of the apprentices that go to DOL and the RAPIDS file of the ones they select. Staff see
// every organization; each loader checks the caller is staff itself.

export const APPRENTICES_PAGE_SIZE = 25;
/** A RAPIDS upload of a few hundred rows is already large; more at once is a mistake, not a need. */
export const MAX_EXPORT = 500;

/** Longer than any name; a pasted essay is cut rather than sent to the database whole. */
const MAX_SEARCH_LENGTH = 100;

/** The list's one search, as it travels in the URL (?name=): lenient, so an odd link is no filter at all. */
export const parseDolSearch = (params: SearchParams) => searchText(firstParam(params.name), MAX_SEARCH_LENGTH);

/**
 * The apprentices for DOL, earliest start first, each with its organization's name in the same statement. The
 * search matches any part of the apprentice's full name or the employer's legal or DBA name, so staff reach one
 * apprentice among hundreds without paging (an ILIKE scan over the exported rows, which are few).
 */
export async function listApprenticesForDol(search: string, requestedPage: number) {
  await requireStaff();
  const pattern = `%${literalLikeText(search)}%`;
  const matching = search
    ? Prisma.sql`AND ((a."firstName" || ' ' || a."lastName") ILIKE ${pattern}
                      OR o."legalName" ILIKE ${pattern} OR o."dbaName" ILIKE ${pattern})`
    : Prisma.empty;
  const forDol = Prisma.sql`
        FROM "Apprentice" a JOIN "Organization" o ON o.id = a."organizationId"
       WHERE a.status = ANY(CAST(${[...EXPORTED_STATUSES]} AS "ApprenticeStatus"[])) ${matching}`;
  const { rows, ...paging } = await loadPage(
    requestedPage,
    APPRENTICES_PAGE_SIZE,
    async () => (await db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n ${forDol}`)[0].n,
    (range) => db.$queryRaw<
      Array<{
        id: string;
        firstName: string;
        lastName: string;
        status: ApprenticeStatus;
        startDate: Date;
        rapidsApprenticeId: string | null;
        ssnLast4: string | null;
        organization: { legalName: string };
      }>
    >`
      SELECT a.id, a."firstName", a."lastName", a.status::text AS status, a."startDate", a."rapidsApprenticeId",
             a."ssnLast4", json_build_object('legalName', o."legalName") AS organization
        ${forDol}
       ORDER BY a."startDate" ASC, a.id ASC
       LIMIT ${range.take} OFFSET ${range.skip}`,
  );
  return { ...paging, pageSize: APPRENTICES_PAGE_SIZE, search, apprentices: rows };
}

export type DolApprenticeList = Awaited<ReturnType<typeof listApprenticesForDol>>;

export type ExportProblem = "none" | "too-many";

/** Who may take the RAPIDS file: it is the one place full SSNs leave the portal. */
export const RAPIDS_ROLES: readonly StaffRole[] = ["STAFF_ADMIN"];

export type RapidsFormat = "csv" | "xlsx";

/**
 * The RAPIDS file of the selected apprentices (those not waiting for or holding registration are left out), or
 * why there is none: nothing selected, or more than one file should hold. As the whole workbook (.xlsx: every tab,
 * identifiers resolving across tabs) or as the Apprentice tab alone (.csv). Staff administrators only (a reviewer
 * is refused before anything is read or recorded).
 */
export async function rapidsFileForStaff(
  apprenticeIds: readonly string[],
  format: RapidsFormat,
): Promise<{ body: string | Uint8Array<ArrayBuffer>; count: number } | { problem: ExportProblem }> {
  const { user } = await requireStaff(RAPIDS_ROLES);
  if (apprenticeIds.length === 0) return { problem: "none" };
  if (apprenticeIds.length > MAX_EXPORT) return { problem: "too-many" };
  const key = env().SSN_ENCRYPTION_KEY;
  const file = await loadRapidsFile(db, { apprenticeIds, ssnKeys: key ? ssnKeys(key) : null }).catch(
    (error: unknown) => {
      if (error instanceof RapidsExportError) throw new AppError("CONFLICT", error.message);
      throw error;
    },
  );
  const { apprentices } = file;
  // Ticked, but registered elsewhere or withdrawn since the page was shown: no file of headers alone.
  if (apprentices.length === 0) return { problem: "none" };
  // The file carries full SSNs: who took it, and whose, is recorded before it is handed out.
  await db.$transaction(async (tx) => {
    for (const a of apprentices) {
      await recordAudit(tx, {
        kind: "apprentice.rapids_exported",
        organizationId: a.organizationId,
        actorId: user.id,
        subject: { type: "Apprentice", id: a.id },
        payload: { apprentices: apprentices.length, format },
      });
    }
  });
  const body = format === "xlsx" ? await buildRapidsWorkbook(file) : rapidsCsv(apprentices);
  return { body, count: apprentices.length };
}

const displayName = (u: { name: string | null; email: string } | null) => (u ? (u.name ?? u.email) : null);

/**
 * One apprentice as staff review the registration: the enrollment (SSN only masked), the current agreement and its
 * signatures, the organization's DOL registration and packets, its wage schedule (to preview a credit change), and
 * who approved or adjusted what.
 */
export async function getApprenticeForStaff(apprenticeId: string) {
  await requireStaff();
  const apprentice = await db.apprentice.findUnique({
    where: { id: apprenticeId },
    select: {
      ...APPRENTICE_FIELDS,
      approvedById: true,
      creditAdjustedById: true,
      organization: {
        select: { id: true, legalName: true, city: true, state: true, agencyAcceptedAt: true },
      },
      agreements: {
        where: { voidedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          id: true,
          fileId: true,
          employerSignerName: true,
          employerSignerTitle: true,
          employerSignedAt: true,
          apprenticeSignerName: true,
          apprenticeSignedAt: true,
          guardianSignerName: true,
          guardianRelationship: true,
          guardianSignedAt: true,
        },
      },
    },
  });
  if (!apprentice) throw notFound();
  const person = (id: string | null) =>
    id ? db.user.findUnique({ where: { id }, select: { name: true, email: true } }) : Promise.resolve(null);
  const [wageSchedule, packets, approvedBy, creditAdjustedBy, standards, facts, credentials] = await Promise.all([
    getWageSchedule(apprentice.organizationId),
    listPackets(apprentice.organizationId),
    person(apprentice.approvedById),
    person(apprentice.creditAdjustedById),
    getCurrentStandards(),
    loadApprovalFacts(db, [apprentice.id]),
    loadCredentials(apprentice.id),
  ]);
  const { agreements, ...rest } = apprentice;
  return {
    apprentice: withoutSelfIdAnswers(rest),
    /** Why it cannot be approved now, while it waits for approval (null when it can, or is not waiting). */
    approvalBlocker: apprentice.status === "PENDING_REGISTRATION" ? approvalBlocker(facts.get(apprentice.id)!) : null,
    agreement: agreements[0] ?? null,
    wageSchedule,
    /** The current standards' credit rules: adjustments are checked against them. */
    standards: creditStandards(standards),
    packets,
    approvedByName: displayName(approvedBy),
    creditAdjustedByName: displayName(creditAdjustedBy),
    /** The program's credentials the apprentice entered, for staff to verify. */
    credentials,
  };
}

export type StaffApprentice = Awaited<ReturnType<typeof getApprenticeForStaff>>;

/** A stored apprenticeship agreement PDF, for AAMI staff only; anyone else, and an agreement without one, "not found". */
export async function getApprenticeAgreementFileForStaff(agreementId: string) {
  await requireStaff();
  const agreement = await db.apprenticeAgreement.findUnique({ where: { id: agreementId }, select: { fileId: true } });
  if (!agreement?.fileId) throw notFound();
  return agreement.fileId;
}
