import "server-only";
import { randomBytes } from "node:crypto";
import type { ApprenticeStatus } from "@prisma/client";
import type { PartnerContext } from "@/lib/authz/partner";
import { candidateForEnrollment, EDITABLE_STATUSES } from "@/lib/apprentices/enrollment/data";
import { fastTrack, fullCredit, type SkillCredit } from "@/lib/apprentices/fast-track";
import { ssnDigits, type EnrollmentInput } from "@/lib/apprentices/enrollment/schemas";
import { recordAudit } from "@/lib/audit/record";
import { encryptSsn, ssnKeys, ssnLookupHash } from "@/lib/crypto/ssn";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { refreshChecklist } from "@/lib/onboarding/facts";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import { isUniqueViolationOn } from "@/lib/prisma-errors";
import type { Tx } from "@/lib/prisma-client";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { choosableProvider } from "@/lib/rti-providers/data";

// Saving an enrollment: the apprentice's RAPIDS fields (but not the voluntary self-identification answers, which the
// apprentice gives when signing), the fast-track credit with the wage it earns, and the SSN encrypted. An enrollment the apprentice has not yet
// signed can change; a change after the employer signed voids that signature, so nobody signs stale terms.

const day = (v: string) => new Date(`${v}T00:00:00.000Z`);

/** Said next to the SSN field; never which organization enrolled them, which is that organization's business. */
export const DUPLICATE_SSN_MESSAGE =
  "An apprentice with this Social Security number is already enrolled in the program. Check the number; if it is " +
  "right, contact AAMI, as DOL registers each person once.";

/** Same shape as the ids the database makes (lib/users.ts): the SSN is encrypted bound to it before the insert. */
const newApprenticeId = () => `c${randomBytes(12).toString("hex")}`;

/** The SSN encrypted for this apprentice alone, with its last four digits and the hash the unique index compares. */
function ssnFields(input: EnrollmentInput, apprenticeId: string) {
  if (input.ssn) {
    const key = env().SSN_ENCRYPTION_KEY;
    if (!key) {
      throw new AppError("VALIDATION", undefined, {
        ssn: ["The portal is not set up to store Social Security numbers yet: leave it blank for now."],
      });
    }
    const keys = ssnKeys(key);
    const digits = ssnDigits(input.ssn);
    return {
      ssnEncrypted: encryptSsn(digits, keys, apprenticeId),
      ssnLast4: digits.slice(5),
      ssnLookupHash: ssnLookupHash(digits, keys),
    };
  }
  if (input.removeSsn) return { ssnEncrypted: null, ssnLast4: null, ssnLookupHash: null };
  return {};
}

/**
 * The unique index on the SSN's hash decides between two enrollments of one person, even at the same moment: the
 * loser's transaction rolls back whole and the employer sees why next to the field.
 */
async function refusingDuplicateSsn<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolationOn(error, "ssnLookupHash")) {
      throw new AppError("VALIDATION", undefined, { ssn: [DUPLICATE_SSN_MESSAGE] });
    }
    throw error;
  }
}

export async function writeEnrollment(tx: Tx, ctx: PartnerContext, input: EnrollmentInput, ip: string | null) {
  const organizationId = ctx.org.id;
  const schedule = await getWageSchedule(organizationId, tx);
  if (!schedule) throw new AppError("CONFLICT", "Your organization has no wage schedule, so no entry wage can be set.");
  if (input.positionId) {
    const position = await tx.position.findFirst({
      where: { id: input.positionId, organizationId },
      select: { id: true },
    });
    if (!position) throw new AppError("VALIDATION", undefined, { positionId: ["Choose one of your positions."] });
  }
  if (!(await choosableProvider(tx, organizationId, input.rtiProviderId))) {
    throw new AppError("VALIDATION", undefined, { rtiProviderId: ["Choose a provider from the list."] });
  }
  if (input.candidateId && !(await candidateForEnrollment(ctx.scope, input.candidateId, tx))) {
    throw new AppError("CONFLICT", "That candidate is no longer in the candidate database. Enroll them without it.");
  }

  const standards = await getCurrentStandards(tx);
  const credits: Array<SkillCredit & { evidence: string }> = input.masteredSkillSets.map((key) => ({
    ...fullCredit(standards, key),
    evidence: input.evidence[key]!,
  }));
  const track = fastTrack(standards, credits, schedule);
  const apprenticeId = input.apprenticeId ?? newApprenticeId();
  const data = {
    positionId: input.positionId ?? null,
    startDate: day(input.startDate),
    firstName: input.firstName,
    middleName: input.middleName ?? null,
    lastName: input.lastName,
    suffix: input.suffix ?? null,
    dateOfBirth: day(input.dateOfBirth),
    employmentStatus: input.employmentStatus,
    streetAddress: input.streetAddress,
    city: input.city,
    state: input.state,
    postalCode: input.postalCode,
    phone: input.phone ?? null,
    email: input.email,
    rtiProviderId: input.rtiProviderId,
    creditPreviousExperience: String(track.creditedOjtHours),
    creditPreviousTrainingHours: input.creditPreviousTrainingHours,
    priorWageCents: input.priorWage,
    priorWageUnit: input.priorWageUnit,
    // The wage schedule is hourly: the entry wage is the period the credit reaches.
    entryWageCents: track.startingPeriod.cents,
    entryWageUnit: "H",
    startingWageStep: track.startingWageStep,
    creditedOjtHours: track.creditedOjtHours,
    careerLatticeLevels: input.careerLatticeLevels ?? null,
    careerConnection: input.careerConnection ?? null,
    wioaParticipant: input.wioaParticipant === "yes",
    taaParticipant: input.taaParticipant === "yes",
    apprenticeType: input.apprenticeType ?? null,
    careerLinkageOrDirectEntry: input.careerLinkageOrDirectEntry ?? null,
    ojtFundingSources: input.ojtFundingSources ?? null,
    studentStatus: input.studentStatus,
    ...ssnFields(input, apprenticeId),
  };

  let voided = false;
  if (input.apprenticeId) {
    // Only while the employer may still edit, and only once per version: a second tab or a second person saving
    // the same enrollment finds it changed and is told so, instead of silently overwriting.
    const changed = await refusingDuplicateSsn(
      tx.apprentice.updateMany({
        where: {
          id: apprenticeId,
          organizationId,
          status: { in: [...EDITABLE_STATUSES] },
          rowVersion: input.rowVersion,
        },
        data: { ...data, status: "DRAFT" satisfies ApprenticeStatus, rowVersion: { increment: 1 } },
      }),
    );
    if (changed.count === 0) {
      const now = await tx.apprentice.findFirst({
        where: { id: apprenticeId, organizationId },
        select: { status: true },
      });
      if (!now) throw new AppError("NOT_FOUND");
      throw new AppError(
        "CONFLICT",
        (EDITABLE_STATUSES as readonly string[]).includes(now.status)
          ? "Someone else saved this enrollment since you opened it. Reload the page to see their changes."
          : "The apprentice has signed this enrollment, so it can no longer be changed.",
      );
    }
    voided =
      (
        await tx.apprenticeAgreement.updateMany({
          where: { apprenticeId, voidedAt: null },
          data: { voidedAt: new Date(), signingTokenHash: null },
        })
      ).count > 0;
    await tx.apprenticeSkillCredit.deleteMany({ where: { apprenticeId } });
  } else {
    await refusingDuplicateSsn(
      tx.apprentice.create({
        data: {
          ...data,
          id: apprenticeId,
          organizationId,
          candidateId: input.candidateId ?? null,
          createdById: ctx.user.id,
        },
        select: { id: true },
      }),
    );
  }
  if (credits.length > 0) {
    await tx.apprenticeSkillCredit.createMany({
      data: credits.map((c) => ({ ...c, apprenticeId, organizationId })),
    });
  }
  await recordAudit(tx, {
    kind: "apprentice.enrollment_saved",
    organizationId,
    actorId: ctx.user.id,
    subject: { type: "Apprentice", id: apprenticeId },
    payload: {
      created: !input.apprenticeId,
      skillSets: credits.map((c) => c.skillSetKey),
      creditedOjtHours: track.creditedOjtHours,
      startingWageStep: track.startingWageStep,
      ssnChanged: "ssnEncrypted" in data,
      agreementVoided: voided,
    },
    ip,
  });
  await refreshChecklist(tx, organizationId, ctx.user.id);
  return { apprenticeId };
}
