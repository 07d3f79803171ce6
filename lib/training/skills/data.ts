import "server-only";
import { mentoredBy, type TrainingAccess } from "@/lib/authz/training";
import type { Actor } from "@/lib/authz";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readStoredFile } from "@/lib/storage";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { skillOf } from "@/lib/program/standards/model";
import { undoableUntil } from "@/lib/training/skills/schemas";

// The loaders of skill sign-offs. Each takes the access lib/authz/training granted (or the mentor filter), so a
// page shows only what its reader may see.

/** Where each skill of one apprentice stands: signed off (the standing sign-off's day), or asked for. */
export async function skillStatuses(apprenticeId: string) {
  const [signOffs, requests] = await Promise.all([
    db.skillSignOff.findMany({
      where: { apprenticeId, undoneAt: null },
      select: { skillCode: true, demonstratedOn: true },
    }),
    db.skillSignOffRequest.findMany({ where: { apprenticeId, resolvedAt: null }, select: { skillCode: true } }),
  ]);
  return {
    signedOff: new Map(signOffs.map((s) => [s.skillCode, s.demonstratedOn])),
    requested: new Set(requests.map((r) => r.skillCode)),
  };
}
export type SkillStatuses = Awaited<ReturnType<typeof skillStatuses>>;

/** One skill's page: the skill, every sign-off it had (undone ones too, with who and why), and an open request. */
export async function loadSkillPage(access: TrainingAccess, code: string, now = new Date()) {
  const standards = await getCurrentStandards();
  const found = skillOf(standards, code);
  if (!found) return null;
  const { apprenticeId } = access;
  const [apprentice, signOffs, request] = await Promise.all([
    db.apprentice.findUniqueOrThrow({
      where: { id: apprenticeId },
      select: { firstName: true, lastName: true, startDate: true, mentor: { select: { name: true } } },
    }),
    db.skillSignOff.findMany({
      where: { apprenticeId, skillCode: code },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        demonstratedOn: true,
        note: true,
        evidenceFileId: true,
        signedById: true,
        createdAt: true,
        undoneAt: true,
        undoneById: true,
        undoReason: true,
        organizationId: true,
      },
    }),
    db.skillSignOffRequest.findFirst({
      where: { apprenticeId, skillCode: code, resolvedAt: null },
      select: { note: true, createdAt: true },
    }),
  ]);
  const people = await db.user.findMany({
    where: { id: { in: signOffs.flatMap((s) => [s.signedById, ...(s.undoneById ? [s.undoneById] : [])]) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = (id: string | null) => {
    const person = people.find((p) => p.id === id);
    return person ? (person.name ?? person.email) : "Someone no longer in the portal";
  };
  const history = signOffs.map((s) => ({
    ...s,
    signedBy: nameOf(s.signedById),
    undoneBy: s.undoneById ? nameOf(s.undoneById) : null,
    undoableUntil: undoableUntil(s, access.organizationId, now),
  }));
  return { ...found, apprentice, history, standing: history.find((s) => !s.undoneAt) ?? null, request };
}
export type SkillPage = NonNullable<Awaited<ReturnType<typeof loadSkillPage>>>;

/** The sign-offs the mentor's apprentices asked for, oldest first. */
export async function openSignOffRequests(actor: Actor) {
  const [standards, requests] = await Promise.all([
    getCurrentStandards(),
    db.skillSignOffRequest.findMany({
      where: { resolvedAt: null, apprentice: mentoredBy(actor) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        skillCode: true,
        note: true,
        createdAt: true,
        apprentice: { select: { id: true, firstName: true, lastName: true } },
      },
    }),
  ]);
  return requests.map((r) => ({ ...r, skill: skillOf(standards, r.skillCode)?.skill ?? null }));
}
export type OpenSignOffRequests = Awaited<ReturnType<typeof openSignOffRequests>>;

/**
 * A sign-off's evidence file for someone who may see the apprentice's training, recorded in the audit trail as read
 * (it may show the apprentice): the route that serves it is a POST from the skill's page.
 */
export async function readEvidenceFile(access: TrainingAccess, signOffId: string, ip: string | null) {
  return db.$transaction(async (tx) => {
    const signOff = await tx.skillSignOff.findFirst({
      where: { id: signOffId, apprenticeId: access.apprenticeId, evidenceFileId: { not: null } },
      select: { id: true, evidenceFileId: true, skillCode: true },
    });
    if (!signOff) throw new AppError("NOT_FOUND");
    const file = await readStoredFile(tx, signOff.evidenceFileId!);
    await recordAudit(tx, {
      kind: "training.evidence_downloaded",
      organizationId: access.organizationId,
      actorId: access.user.id,
      subject: { type: "SkillSignOff", id: signOff.id },
      payload: { apprenticeId: access.apprenticeId, skillCode: signOff.skillCode, sha256: file.sha256 },
      ip,
    });
    return {
      ...file,
      filename: `evidence-${signOff.skillCode}${file.contentType === "application/pdf" ? ".pdf" : ".png"}`,
    };
  });
}
