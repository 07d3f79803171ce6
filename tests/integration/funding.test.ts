import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveFundingPlan } from "@/lib/onboarding/funding/actions";
import FundingStepPage from "@/app/(employer)/onboarding/funding/page";
import { providerChoices } from "@/lib/rti-providers/data";
import { MADISON_COLLEGE_ID, createOrganization, verifiedProvider } from "../support/factories";
import { signInAs } from "../support/sign-in";
import { html } from "../support/render";

const TO_CHECKLIST = expect.objectContaining({ digest: expect.stringContaining(";/onboarding;") });
const plan = (overrides: Record<string, string | string[]> = {}) => {
  const values: Record<string, string | string[]> = {
    rtiProviderId: MADISON_COLLEGE_ID,
    delivery: "HYBRID",
    hoursPerYear: "160",
    costPerApprentice: "$3,500.50",
    sources: ["OPERATING_BUDGET", "FEDERAL_GRANT"],
    otherSourceText: "",
    instructionTimePaid: "yes",
    attest: "yes",
    ...overrides,
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
  return form;
};
const stepOf = (organizationId: string) =>
  db.onboardingStep.findUnique({ where: { organizationId_step: { organizationId, step: "FUNDING" } } });

beforeAll(async () => {
  await verifiedProvider(db);
});

describe("step 4: related-instruction funding", () => {
  it("saves the plan with cents and sources, records the attestation, completes the step and audits", async () => {
    const { org, owner } = await createOrganization(db);
    const other = await createOrganization(db);
    await signInAs(owner.id);
    await expect(saveFundingPlan(plan())).rejects.toEqual(TO_CHECKLIST);
    const saved = await db.fundingPlan.findUniqueOrThrow({ where: { organizationId: org.id } });
    expect(saved).toMatchObject({
      rtiProviderId: MADISON_COLLEGE_ID,
      delivery: "HYBRID",
      hoursPerYear: 160,
      costPerApprenticeCents: 350050,
      sources: ["OPERATING_BUDGET", "FEDERAL_GRANT"],
      instructionTimePaid: true,
      attestedById: owner.id,
      otherSourceText: null,
    });
    expect(await stepOf(org.id)).toMatchObject({ status: "COMPLETE", completedById: owner.id });
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "funding.saved" } })).toBe(1);
    expect(await db.fundingPlan.findUnique({ where: { organizationId: other.org.id } })).toBeNull();
  });

  it("updates the one plan instead of adding another, and warns (without refusing) below 144 hours", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    await saveFundingPlan(plan()).catch(() => undefined);
    await expect(
      saveFundingPlan(
        plan({
          hoursPerYear: "100",
          sources: ["OTHER"],
          otherSourceText: "Hospital foundation",
          instructionTimePaid: "no",
        }),
      ),
    ).rejects.toEqual(TO_CHECKLIST);
    expect(await db.fundingPlan.count({ where: { organizationId: org.id } })).toBe(1);
    expect(await db.fundingPlan.findUniqueOrThrow({ where: { organizationId: org.id } })).toMatchObject({
      hoursPerYear: 100,
      sources: ["OTHER"],
      otherSourceText: "Hospital foundation",
      instructionTimePaid: false,
    });
    expect(html(await FundingStepPage())).toContain("fewer than the 144 hours a year DOL recommends");
  });

  it("rejects bad input next to each field and saves nothing", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    const result = await saveFundingPlan(
      plan({
        rtiProviderId: "",
        delivery: "BY_POST",
        costPerApprentice: "a lot",
        sources: [],
        instructionTimePaid: "",
        attest: "",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        rtiProviderId: [expect.stringContaining("Choose your related-instruction provider")],
        delivery: ["Choose how instruction is delivered."],
        costPerApprentice: ["Enter the estimated cost per apprentice in dollars, like 3500 or 3500.00."],
        sources: ["Choose at least one funding source."],
        instructionTimePaid: ["Say whether instruction time is paid."],
        attest: [expect.stringContaining("pays 100%")],
      },
    });
    expect(await saveFundingPlan(plan({ sources: ["OTHER"], otherSourceText: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { otherSourceText: ["Describe the other funding source."] },
    });
    // "Not listed" needs the proposal's name, type and contact.
    expect(await saveFundingPlan(plan({ rtiProviderId: "other", otherProviderName: "  " }))).toMatchObject({
      ok: false,
      fieldErrors: {
        otherProviderName: ["Enter the provider's name."],
        otherProviderType: ["Choose the type of provider."],
        otherProviderContact: [expect.stringContaining("Enter a contact")],
      },
    });
    expect(await db.fundingPlan.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("proposes a provider that is not listed: only the proposing employer is offered it until staff confirm it", async () => {
    const { org, owner } = await createOrganization(db);
    const other = await createOrganization(db);
    const name = `Northwoods Technical College ${org.id.slice(-6)}`;
    const proposal = {
      rtiProviderId: "other",
      otherProviderName: name,
      otherProviderType: "Community or technical college",
      otherProviderContact: "Apprenticeship office, 715-555-0100",
      otherProviderWebsite: "northwoods.example",
    };
    await signInAs(owner.id);
    await expect(saveFundingPlan(plan(proposal))).rejects.toEqual(TO_CHECKLIST);
    const proposed = await db.rtiProvider.findFirstOrThrow({ where: { name } });
    expect(proposed).toMatchObject({
      status: "PROPOSED",
      proposedByOrganizationId: org.id,
      contact: "Apprenticeship office, 715-555-0100",
      website: "https://northwoods.example",
      addressLine1: null,
    });
    expect((await db.fundingPlan.findUniqueOrThrow({ where: { organizationId: org.id } })).rtiProviderId).toBe(
      proposed.id,
    );
    expect(
      await db.auditEvent.count({
        where: { kind: "rti_provider.proposed", subjectId: proposed.id, organizationId: org.id },
      }),
    ).toBe(1);
    expect((await providerChoices(org.id)).map((p) => p.id)).toContain(proposed.id);
    expect(html(await FundingStepPage())).toContain(`${name} (waiting for AAMI to confirm)`);

    // Another employer is not offered it, and cannot pick it by its id either: nothing of theirs changes.
    expect((await providerChoices(other.org.id)).map((p) => p.id)).not.toContain(proposed.id);
    await signInAs(other.owner.id);
    expect(await saveFundingPlan(plan({ rtiProviderId: proposed.id }))).toMatchObject({
      ok: false,
      fieldErrors: { rtiProviderId: [expect.stringContaining("no longer in the list")] },
    });
    expect(await db.fundingPlan.findUnique({ where: { organizationId: other.org.id } })).toBeNull();
    // Proposing the same provider (spelled differently) links to the one record instead of making a second.
    await expect(saveFundingPlan(plan({ ...proposal, otherProviderName: name.toUpperCase() + "." }))).rejects.toEqual(
      TO_CHECKLIST,
    );
    expect(await db.rtiProvider.count({ where: { nameKey: proposed.nameKey } })).toBe(1);
    expect((await db.fundingPlan.findUniqueOrThrow({ where: { organizationId: other.org.id } })).rtiProviderId).toBe(
      proposed.id,
    );
  });

  it("is read-only while AAMI reviews", async () => {
    const { org, owner } = await createOrganization(db);
    await db.submission.create({
      data: { organizationId: org.id, version: 1, status: "SUBMITTED", snapshot: {}, submittedById: owner.id },
    });
    await signInAs(owner.id);
    expect(await saveFundingPlan(plan())).toMatchObject({ ok: false, message: expect.stringContaining("read-only") });
    expect(await db.fundingPlan.count({ where: { organizationId: org.id } })).toBe(0);
  });
});
