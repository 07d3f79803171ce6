import "server-only";
import { db } from "@/lib/db";

export async function getFundingPlan(organizationId: string) {
  return db.fundingPlan.findUnique({ where: { organizationId } });
}
