import "server-only";
import type { StaffActionContext } from "@/lib/action-client";
import { AppError, notFound } from "@/lib/errors";
import { legalNameKey } from "@/lib/onboarding/intent/schemas";
import { isUniqueViolationOn } from "@/lib/prisma-errors";
import type { Tx } from "@/lib/prisma-client";
import type { RequestContext } from "@/lib/request";
import type { RtiProviderInput } from "@/lib/rti-providers/schemas";

// Writing RTI provider records: staff administrators add, edit (which confirms a proposal) and delete unused ones;
// an employer's step 4 proposes one that is not listed. Each write is audited in the caller's transaction.

const CHANGED_ELSEWHERE =
  "Someone changed this provider while you were looking at it. Reload the page to see the latest version.";

/** Field errors for the two unique columns, so a duplicate is explained next to its field. */
async function duplicateErrors(tx: Tx, input: RtiProviderInput, exceptId: string | null) {
  const others = await tx.rtiProvider.findMany({
    where: {
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [
        { nameKey: legalNameKey(input.name) },
        ...(input.rapidsProviderId ? [{ rapidsProviderId: input.rapidsProviderId }] : []),
      ],
    },
    select: { name: true, nameKey: true, rapidsProviderId: true },
  });
  const errors: Record<string, string[]> = {};
  const sameName = others.find((o) => o.nameKey === legalNameKey(input.name));
  if (sameName) errors.name = [`“${sameName.name}” is already in the list. Edit that provider instead.`];
  const sameId = input.rapidsProviderId && others.find((o) => o.rapidsProviderId === input.rapidsProviderId);
  if (sameId) errors.rapidsProviderId = [`“${sameId.name}” already has this RAPIDS provider id.`];
  return errors;
}

const recordOf = (input: RtiProviderInput) => ({
  name: input.name,
  nameKey: legalNameKey(input.name),
  providerType: input.providerType,
  addressLine1: input.addressLine1,
  addressLine2: input.addressLine2 ?? null,
  city: input.city,
  state: input.state,
  postalCode: input.postalCode,
  contact: input.contact,
  website: input.website ?? null,
  rapidsProviderId: input.rapidsProviderId ?? null,
});

/** A concurrent save of the same name or RAPIDS id, caught by the unique index after our own check passed. */
function raceToUnique(error: unknown): never {
  if (isUniqueViolationOn(error, "nameKey") || isUniqueViolationOn(error, "rapidsProviderId")) {
    throw new AppError("CONFLICT", "Another provider with this name or RAPIDS id was saved a moment ago. Reload.");
  }
  throw error;
}

export async function createProvider(tx: Tx, ctx: StaffActionContext, input: RtiProviderInput) {
  const errors = await duplicateErrors(tx, input, null);
  if (Object.keys(errors).length > 0)
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", errors);
  const provider = await tx.rtiProvider
    .create({ data: { ...recordOf(input), status: "VERIFIED", verifiedAt: new Date(), verifiedById: ctx.user.id } })
    .catch(raceToUnique);
  await ctx.audit(tx, {
    kind: "rti_provider.created",
    organizationId: null,
    actorId: ctx.user.id,
    subject: { type: "RtiProvider", id: provider.id },
    payload: { name: provider.name, rapidsProviderId: provider.rapidsProviderId },
  });
  return provider;
}

/** Saves staff's version of a provider. Staff checked every field, so a proposal is confirmed by it. */
export async function updateProvider(
  tx: Tx,
  ctx: StaffActionContext,
  providerId: string,
  rowVersion: number,
  input: RtiProviderInput,
) {
  const before = await tx.rtiProvider.findUnique({ where: { id: providerId } });
  if (!before) throw notFound();
  const errors = await duplicateErrors(tx, input, providerId);
  if (Object.keys(errors).length > 0)
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", errors);
  const after = recordOf(input);
  const changed = (Object.keys(after) as Array<keyof typeof after>).filter(
    (k) => k !== "nameKey" && after[k] !== before[k],
  );
  const confirmed = before.status === "PROPOSED";
  const { count } = await tx.rtiProvider
    .updateMany({
      where: { id: providerId, rowVersion },
      data: {
        ...after,
        status: "VERIFIED",
        rowVersion: { increment: 1 },
        ...(confirmed ? { verifiedAt: new Date(), verifiedById: ctx.user.id } : {}),
      },
    })
    .catch(raceToUnique);
  if (count === 0) throw new AppError("CONFLICT", CHANGED_ELSEWHERE);
  await ctx.audit(tx, {
    kind: "rti_provider.updated",
    organizationId: null,
    actorId: ctx.user.id,
    subject: { type: "RtiProvider", id: providerId },
    payload: { name: input.name, changed, confirmed, rapidsProviderId: after.rapidsProviderId },
  });
}

/** Deletes a provider no funding plan or apprentice names (the foreign keys refuse it otherwise, too). */
export async function deleteProvider(tx: Tx, ctx: StaffActionContext, providerId: string, rowVersion: number) {
  const provider = await tx.rtiProvider.findUnique({
    where: { id: providerId },
    select: { name: true, rowVersion: true, _count: { select: { fundingPlans: true, apprentices: true } } },
  });
  if (!provider) throw notFound();
  if (provider.rowVersion !== rowVersion) throw new AppError("CONFLICT", CHANGED_ELSEWHERE);
  const { fundingPlans, apprentices } = provider._count;
  if (fundingPlans + apprentices > 0) {
    throw new AppError(
      "CONFLICT",
      `${provider.name} is in use (${fundingPlans} funding plan${fundingPlans === 1 ? "" : "s"}, ${apprentices} apprentice${apprentices === 1 ? "" : "s"}), so it cannot be deleted. Edit it instead.`,
    );
  }
  // The row version in the WHERE makes a concurrent edit and this delete exclusive; the foreign keys refuse a use
  // that began after the count.
  const { count } = await tx.rtiProvider.deleteMany({ where: { id: providerId, rowVersion } });
  if (count === 0) throw new AppError("CONFLICT", CHANGED_ELSEWHERE);
  await ctx.audit(tx, {
    kind: "rti_provider.deleted",
    organizationId: null,
    actorId: ctx.user.id,
    subject: { type: "RtiProvider", id: providerId },
    payload: { name: provider.name },
  });
}

export type ProviderProposal = { name: string; providerType: string; contact: string; website?: string };

/**
 * The provider an employer typed at step 4 because it was not listed. A provider of the same name (however spelled)
 * is used as it is, so one college never becomes two records; otherwise a PROPOSED one is created for staff to
 * confirm, which only this organization is offered until then.
 */
export async function proposeProvider(
  tx: Tx,
  ctx: RequestContext & { user: { id: string } },
  organizationId: string,
  proposal: ProviderProposal,
) {
  const nameKey = legalNameKey(proposal.name);
  // ON CONFLICT DO NOTHING: two employers proposing the same college at once both end up linked to one record,
  // and neither transaction is aborted by the unique index.
  const { count } = await tx.rtiProvider.createMany({
    data: [
      {
        name: proposal.name,
        nameKey,
        providerType: proposal.providerType,
        contact: proposal.contact,
        website: proposal.website ?? null,
        status: "PROPOSED",
        proposedByOrganizationId: organizationId,
      },
    ],
    skipDuplicates: true,
  });
  const provider = await tx.rtiProvider.findUniqueOrThrow({ where: { nameKey }, select: { id: true, name: true } });
  if (count === 1) {
    await ctx.audit(tx, {
      kind: "rti_provider.proposed",
      organizationId,
      actorId: ctx.user.id,
      subject: { type: "RtiProvider", id: provider.id },
      payload: { name: proposal.name, providerType: proposal.providerType, contact: proposal.contact },
    });
  }
  return provider;
}
