import { stateName } from "@/lib/us-states";

// The minimum hourly wage an apprentice's entry wage must meet: the higher of the federal minimum and the state's.
// One table, kept here only. Figures are the statewide rates in force on AS_OF, compiled from the states' published
// 2026 rates (DOL Wage and Hour Division, "State Minimum Wage Laws"). Where a state sets several rates, the table
// holds the lowest statewide one (for example upstate New York, Oregon's non-urban counties); cities and counties
// may require more, which the builder tells employers. Update the table each January and July.

export const FEDERAL_MINIMUM_WAGE_CENTS = 725;
export const MINIMUM_WAGE_TABLE_AS_OF = "2026-10-01";

/** State minimum wages in cents per hour, only where they exceed the federal minimum. */
const STATE_MINIMUM_WAGE_CENTS: Readonly<Record<string, number>> = {
  AK: 1400,
  AZ: 1515,
  AR: 1100,
  CA: 1690,
  CO: 1516,
  CT: 1694,
  DE: 1500,
  DC: 1795,
  FL: 1500,
  HI: 1600,
  IL: 1500,
  ME: 1510,
  MD: 1500,
  MA: 1500,
  MI: 1373,
  MN: 1141,
  MO: 1500,
  MT: 1085,
  NE: 1500,
  NV: 1200,
  NJ: 1592,
  NM: 1200,
  NY: 1600,
  OH: 1100,
  OR: 1405,
  PR: 1050,
  RI: 1600,
  SD: 1185,
  VT: 1442,
  VA: 1277,
  WA: 1713,
  WV: 875,
};

export type MinimumWage = {
  cents: number;
  /** Where the figure comes from, as people read it: "Wisconsin follows the federal minimum" etc. */
  description: string;
};

export function minimumWageFor(stateCode: string): MinimumWage {
  const name = stateName(stateCode);
  const stateCents = STATE_MINIMUM_WAGE_CENTS[stateCode];
  if (stateCents === undefined || stateCents <= FEDERAL_MINIMUM_WAGE_CENTS) {
    return { cents: FEDERAL_MINIMUM_WAGE_CENTS, description: `the federal minimum wage, which applies in ${name}` };
  }
  return { cents: stateCents, description: `${name}'s minimum wage` };
}
