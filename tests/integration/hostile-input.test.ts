import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitInterest } from "@/lib/candidates/interest/actions";
import { MALFORMED_INPUT_MESSAGE } from "@/lib/forms/form-data";
import { requestScope } from "../support/request-scope";

// The two requests that once stopped the portal, sent to the public interest form as an attacker would, and the
// rate limit tried with a rotated X-Forwarded-For. Each is refused with a clear failure and writes nothing.

const TO_THANKS = expect.objectContaining({ digest: expect.stringContaining(";/apprentices/interest/thanks;") });

function interestForm(extra: [string, string][] = [], email = `probe.${randomUUID().slice(0, 8)}@example.test`) {
  const form = new FormData();
  const fields: [string, string][] = [
    ["firstName", "Pat"],
    ["lastName", "Lee"],
    ["email", email],
    ["city", "Madison"],
    ["state", "WI"],
    ["postalCode", "53703"],
    ["willingToRelocate", "no"],
    ["educationLevel", "HIGH_SCHOOL"],
    ["situation", "EMPLOYED"],
    ["consentToShare", "yes"],
    ...extra,
  ];
  for (const [key, value] of fields) form.append(key, value);
  return { form, email };
}

const rowsNow = async () => ({
  candidates: await db.candidate.count(),
  mail: await db.mailMessage.count(),
  limits: await db.rateLimit.count(),
});

describe("hostile form posts to a public action", () => {
  it("a prototype name gets a clear failure, writes nothing and leaves every object of the process alone", async () => {
    requestScope.setHeaders({ "x-forwarded-for": "198.51.100.40" });
    const before = await rowsNow();
    for (const name of ["__proto__.polluted", "constructor.prototype.polluted", "selfId.__proto__.polluted"]) {
      const result = await submitInterest(interestForm([[name, "yes"]]).form);
      expect(result).toEqual({ ok: false, message: MALFORMED_INPUT_MESSAGE, fieldErrors: {}, values: undefined });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await rowsNow()).toEqual(before);
    // The process still works: the next, ordinary form is stored.
    await expect(submitInterest(interestForm().form)).rejects.toEqual(TO_THANKS);
    expect((await rowsNow()).candidates).toBe(before.candidates + 1);
  });

  it("a huge list index or a name sent both as a value and a group is refused at once, with no field errors", async () => {
    requestScope.setHeaders({ "x-forwarded-for": "198.51.100.41" });
    const before = await rowsNow();
    for (const extra of [[["experienceTags.110000", "x"]], [["email.x", "1"]]] as [string, string][][]) {
      const startedAt = performance.now();
      const result = await submitInterest(interestForm(extra).form);
      expect(performance.now() - startedAt).toBeLessThan(1_000);
      expect(result).toMatchObject({ ok: false, message: MALFORMED_INPUT_MESSAGE, fieldErrors: {} });
    }
    expect(await rowsNow()).toEqual(before);
  });

  it("an object input with a prototype key or an oversized list is refused the same way", async () => {
    const { email } = interestForm();
    const result = await submitInterest(JSON.parse(`{"email": "${email}", "__proto__": {"polluted": true}}`));
    expect(result).toMatchObject({ ok: false, message: MALFORMED_INPUT_MESSAGE });
    const list = await submitInterest({ email, experienceTags: new Array(5_000).fill("x") } as never);
    expect(list).toMatchObject({ ok: false, message: MALFORMED_INPUT_MESSAGE });
    expect(await db.candidate.count({ where: { email } })).toBe(0);
  });
});

describe("rate limits keyed on the trusted-proxy rule", () => {
  it("hold when the client rotates what it writes into X-Forwarded-For", async () => {
    // One proxy is trusted here (tests/support/integration-setup.ts): it appends the real client, 198.51.100.50,
    // after whatever the client sent. The client changes its own part on every request.
    for (let i = 0; i < 20; i++) {
      requestScope.setHeaders({ "x-forwarded-for": `10.9.${i}.1, 198.51.100.50` });
      await expect(submitInterest(interestForm().form)).rejects.toEqual(TO_THANKS);
    }
    requestScope.setHeaders({ "x-forwarded-for": "10.9.99.1, 198.51.100.50" });
    const { form, email } = interestForm();
    expect(await submitInterest(form)).toMatchObject({ ok: false, message: expect.stringContaining("wait an hour") });
    expect(await db.candidate.count({ where: { email } })).toBe(0);
    expect(await db.rateLimit.findUnique({ where: { key: "interest:ip:198.51.100.50" } })).toMatchObject({ count: 21 });
  });

  it("count requests without a trusted IP on one shared counter", async () => {
    requestScope.setHeaders({});
    await expect(submitInterest(interestForm().form)).rejects.toEqual(TO_THANKS);
    expect(await db.rateLimit.findUnique({ where: { key: "interest:no-ip" } })).toMatchObject({ count: 1 });
  });
});
