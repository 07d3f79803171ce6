import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/mail/templates";

// The employer's emails about AAMI's decisions on an apprentice's registration: each says what happened and what
// happens next, in its HTML and its plain-text part.

const flat = (text: string) => text.replace(/\s+/g, " ");
const common = {
  apprenticeName: "José Nguyễn",
  organizationName: "Hôpital Saint-José Medical Center",
  apprenticeUrl: "https://portal.example/onboarding/apprentices/app_1",
};

describe("the registration emails", () => {
  it("approved: who approved, the packet version with its link, and that AAMI registers the apprentice next", async () => {
    const mail = await renderEmail("apprentice-registration-approved", {
      ...common,
      reviewerName: "Riley Reviewer",
      packetVersion: 4,
      packetUrl: "https://portal.example/api/packets/pkt_4",
    });
    expect(mail.subject).toBe("AAMI approved José Nguyễn's apprenticeship registration");
    const text = flat(mail.text);
    for (const expected of [
      "Riley Reviewer at AAMI approved the registration of José Nguyễn as a Hôpital Saint-José Medical Center apprentice.",
      "Version 4 of your DOL registration packet now lists them",
      "https://portal.example/api/packets/pkt_4",
      "What happens next: AAMI registers José Nguyễn with the U.S. Department of Labor in RAPIDS",
      common.apprenticeUrl,
    ]) {
      expect(text).toContain(expected);
    }
    expect(mail.html).toContain('href="https://portal.example/api/packets/pkt_4"');
    expect(mail.html).toContain(`href="${common.apprenticeUrl}"`);
  });

  it("sent back: the reason as written, and that everyone signs the corrected enrollment again", async () => {
    const reason = "The start date is before your program's registration <2027-01-15>: please change it.";
    const mail = await renderEmail("apprentice-registration-returned", {
      ...common,
      reviewerName: "Riley Reviewer",
      reason,
    });
    expect(mail.subject).toBe("AAMI could not approve José Nguyễn's registration yet");
    const text = flat(mail.text);
    expect(text).toContain("Riley Reviewer at AAMI reviewed the registration of José Nguyễn");
    expect(text).toContain(reason);
    expect(text).toContain("the enrollment is a draft again and its signed apprenticeship agreement no longer counts");
    expect(text).toContain("the apprentice signs again too");
    expect(mail.html).toContain("&lt;2027-01-15&gt;");
    expect(mail.html).not.toContain("<2027-01-15>");
  });

  it("registered: the RAPIDS apprentice ID to keep", async () => {
    const mail = await renderEmail("apprentice-registered", { ...common, rapidsApprenticeId: "WI-2027-0042" });
    expect(mail.subject).toBe("José Nguyễn is registered with the U.S. Department of Labor");
    const text = flat(mail.text);
    expect(text).toContain("Their RAPIDS apprentice ID is WI-2027-0042");
    expect(text).toContain("What happens next: nothing to do in the portal.");
    expect(mail.html).toContain("<strong>WI-2027-0042</strong>");
  });
});
