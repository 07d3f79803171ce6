import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Service status" };

/**
 * A health check for load balancers and uptime monitors: rendered per request by the running server, with no
 * database and no side effects, so a 200 says the server answers. `npm run bench` (tests/bench/pages.ts) uses it
 * as the trivial page every other page's speed is measured against.
 */
export default async function HealthPage() {
  await connection();
  // A heading, as every page has one (axe: page-has-heading-one).
  return <h1 className="mx-auto max-w-6xl px-4 py-8 text-base font-normal">Service is up</h1>;
}
