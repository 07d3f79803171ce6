import { regionName } from "@/lib/regions";
import type { EmployerForStaff } from "@/lib/staff/employers";

/** The line under an employer's name: trade name, full address and the region staff filter by. */
export function employerSummary(o: EmployerForStaff["organization"]): string {
  const street = [o.addressLine1, o.addressLine2].filter(Boolean).join(", ");
  const address = `${street}, ${o.city}, ${o.county} County, ${o.state} ${o.postalCode}`;
  return [o.dbaName ? `Doing business as ${o.dbaName}` : null, address, regionName(o.region)]
    .filter(Boolean)
    .join(" · ");
}
