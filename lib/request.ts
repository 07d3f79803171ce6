import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The client's IP as far as it can be trusted: each trusted proxy appends the address it received the request
 * from to X-Forwarded-For, so the client is the entry TRUSTED_PROXY_HOPS places from the right. Anything to the
 * left of that was written by the client and is ignored.
 */
export function clientIpFrom(forwardedFor: string | null, trustedHops = env().TRUSTED_PROXY_HOPS): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[hops.length - 1 - trustedHops] ?? null;
}

export async function requestIp(): Promise<string | null> {
  return clientIpFrom((await headers()).get("x-forwarded-for"));
}

export async function requestUserAgent(): Promise<string | null> {
  return (await headers()).get("user-agent");
}
