import "server-only";
import type { Prisma } from "@prisma/client";
import { requireStaff } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";

// RTI providers are program-wide records. Employers choose from the verified ones, plus any their organization
// proposed itself and the one their plan already names; staff see and manage all of them.

export const PROVIDER_FIELDS = {
  id: true,
  name: true,
  providerType: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  state: true,
  postalCode: true,
  contact: true,
  website: true,
  rapidsProviderId: true,
  status: true,
} satisfies Prisma.RtiProviderSelect;

export type RtiProviderRecord = Prisma.RtiProviderGetPayload<{ select: typeof PROVIDER_FIELDS }>;

/** The providers an organization may pick: verified ones, its own proposals, and whatever its plan names now. */
export const choosableBy = (organizationId: string): Prisma.RtiProviderWhereInput => ({
  OR: [
    { status: "VERIFIED" },
    { proposedByOrganizationId: organizationId },
    { fundingPlans: { some: { organizationId } } },
  ],
});

export async function providerChoices(organizationId: string, tx: Tx = db) {
  return tx.rtiProvider.findMany({
    where: choosableBy(organizationId),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, status: true },
  });
}

/** One provider if the organization may pick it, else null (a provider another employer proposed is not offered). */
export async function choosableProvider(tx: Tx, organizationId: string, providerId: string) {
  return tx.rtiProvider.findFirst({
    where: { AND: [{ id: providerId }, choosableBy(organizationId)] },
    select: PROVIDER_FIELDS,
  });
}

/** Every provider for the staff list: proposals waiting for a check first, then by name, with what uses each. */
export async function listRtiProvidersForStaff() {
  await requireStaff();
  return db.rtiProvider.findMany({
    orderBy: [{ status: "asc" }, { name: "asc" }, { id: "asc" }],
    select: {
      ...PROVIDER_FIELDS,
      rowVersion: true,
      proposedBy: { select: { id: true, legalName: true } },
      _count: { select: { fundingPlans: true, apprentices: true } },
    },
  });
}

export type StaffRtiProviderList = Awaited<ReturnType<typeof listRtiProvidersForStaff>>;

/** One provider for its staff page (staff administrators edit it there). */
export async function getRtiProviderForStaff(providerId: string) {
  await requireStaff(["STAFF_ADMIN"]);
  const provider = await db.rtiProvider.findUnique({
    where: { id: providerId },
    select: {
      ...PROVIDER_FIELDS,
      rowVersion: true,
      verifiedAt: true,
      proposedBy: { select: { id: true, legalName: true } },
      _count: { select: { fundingPlans: true, apprentices: true } },
    },
  });
  if (!provider) throw notFound();
  return provider;
}

export type StaffRtiProvider = Awaited<ReturnType<typeof getRtiProviderForStaff>>;
