import { env } from "@/lib/env";

/**
 * The one trusted-proxy rule. Each of the TRUSTED_PROXY_HOPS reverse proxies in front of the app appends the
 * address it received the request from to X-Forwarded-For, so the client is the entry that many places from the
 * right. Everything to its left was written by the client. With no proxy (0) the header is whatever the client
 * sent (Next.js only fills it in when it is absent), so it is ignored and the request has no known IP.
 */
export function clientIpFrom(forwardedFor: string | null, trustedHops = env().TRUSTED_PROXY_HOPS): string | null {
  if (trustedHops === 0) return null;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = hops[hops.length - trustedHops];
  // Only something shaped like an address becomes a rate-limit key or an audit field.
  return ip && /^[0-9a-fA-F.:]{2,45}$/.test(ip) ? ip : null;
}
