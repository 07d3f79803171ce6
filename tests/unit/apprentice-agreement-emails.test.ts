import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/templates";

const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the apprentice agreement emails", () => {
  const sign = {
    apprenticeName: "José Nguyễn",
    organizationName: "Hôpital Saint-José Medical Center",
    signUrl: "https://portal.example/apprentice-agreement/sign/tok_123",
    expiresOn: "January 22, 2027",
    guardianRequired: false,
  };

  it("asks the apprentice to review and sign, with the link, its expiry and what happens next, in HTML and text", async () => {
    const mail = await renderEmail("apprentice-agreement-sign", sign);
    expect(mail.subject).toBe("Please sign your BMET apprenticeship agreement with Hôpital Saint-José Medical Center");
    const text = flat(mail.text);
    for (const expected of [
      "Hello José Nguyễn,",
      "Hôpital Saint-José Medical Center has enrolled you in the Biomedical Equipment Technician (BMET) Registered Apprenticeship",
      "review your apprenticeship agreement",
      sign.signUrl,
      "The link works until January 22, 2027.",
      "AAMI reviews your agreement and registers you with the U.S. Department of Labor",
      "If you did not expect this email, you can ignore it, or contact Hôpital Saint-José Medical Center",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("parent or guardian");
    expect(mail.html).toContain(`href="${sign.signUrl}"`);
    expect(mail.html).toContain("January 22, 2027");
  });

  it("tells an apprentice under 18 that a parent or guardian signs with them on the same page", async () => {
    const mail = await renderEmail("apprentice-agreement-sign", { ...sign, guardianRequired: true });
    const text = flat(mail.text);
    expect(text).toContain("Because you are under 18, a parent or guardian must sign with you.");
    expect(text).toContain("you both sign on the same page");
    expect(flat(mail.html)).toContain("a parent or guardian must sign with you");
  });

  it("tells the employer the apprentice signed and the registration is with AAMI for review", async () => {
    const mail = await renderEmail("apprentice-agreement-signed", {
      apprenticeName: "José Nguyễn",
      organizationName: "Hôpital Saint-José Medical Center",
      apprenticesUrl: "https://portal.example/onboarding/apprentices",
    });
    expect(mail.subject).toBe("José Nguyễn signed their apprenticeship agreement");
    const text = flat(mail.text);
    expect(text).toContain("José Nguyễn signed their apprenticeship agreement with Hôpital Saint-José Medical Center.");
    expect(text).toContain("the registration is now with AAMI for review");
    expect(text).toContain("https://portal.example/onboarding/apprentices");
    expect(mail.html).toContain('href="https://portal.example/onboarding/apprentices"');
  });
});
