import { describe, expect, it } from "vitest";
import { checklistMet, completionChecklist, type CompletionFacts } from "@/lib/training/completion/checklist";
import { CERTIFICATE_CODE_PATTERN, newCertificateCode } from "@/lib/training/completion/code";
import type { SkillSetProgress } from "@/lib/training/hours/progress";
import type { InstructionYear } from "@/lib/training/instruction/years";

// The completion checklist (issue 17, point 7): hours approved in every skill set with credit, every skill signed
// off, the instruction minimum confirmed for each year, and no raise due unrecorded.

const set = (over: Partial<SkillSetProgress> = {}): SkillSetProgress => ({
  key: "SAFETY",
  title: "Orientation and Safety",
  isSample: false,
  requiredHours: 200,
  creditedHours: 0,
  approvedHours: 200,
  waitingHours: 0,
  countedHours: 200,
  skillsTotal: 3,
  skillsSignedOff: 3,
  ...over,
});
const year = (over: Partial<InstructionYear> = {}): InstructionYear => ({
  year: 1,
  from: new Date("2025-01-06T00:00:00Z"),
  to: new Date("2026-01-05T00:00:00Z"),
  confirmedHours: 144,
  waitingHours: 0,
  requiredHours: 144,
  standing: "met",
  ...over,
});
const raise = (standing: "recorded" | "due" | "overdue" | "soon" | "upcoming", label = "Months 6–12") => ({
  standing,
  period: { label, from: 6, to: 12, cents: 2470, percentOfJourneyworker: 65 },
});
const facts = (over: Partial<CompletionFacts> = {}): CompletionFacts => ({
  progress: [
    set(),
    set({
      key: "REPAIR",
      title: "Troubleshooting",
      requiredHours: 600,
      creditedHours: 600,
      approvedHours: 0,
      countedHours: 600,
    }),
  ],
  instructionYears: [year(), year({ year: 2 })],
  raises: [raise("recorded"), raise("recorded", "Months 12–24")],
  ...over,
});

describe("the completion checklist", () => {
  it("is met when hours (credit counted), skills, instruction and raises are all done", () => {
    const items = completionChecklist(facts());
    expect(items.map((i) => [i.key, i.met])).toEqual([
      ["hours", true],
      ["skills", true],
      ["instruction", true],
      ["wages", true],
    ]);
    expect(items[0]!.detail).toBe("800 of 800 hours, fast-track credit counted");
    expect(checklistMet(items)).toBe(true);
  });

  it("names what is missing: a skill set short of hours, skills left, instruction short, a raise due", () => {
    const items = completionChecklist(
      facts({
        progress: [set({ approvedHours: 150, countedHours: 150, skillsSignedOff: 2 })],
        instructionYears: [year(), year({ year: 2, confirmedHours: 100, waitingHours: 20, standing: "short" })],
        raises: [raise("recorded"), raise("overdue", "Months 12–24")],
      }),
    );
    expect(items.map((i) => [i.key, i.met, i.detail])).toEqual([
      ["hours", false, "150 of 200 hours, fast-track credit counted; short in Orientation and Safety"],
      ["skills", false, "2 of 3 skills signed off"],
      ["instruction", false, "244 of 288 hours confirmed (20 more waiting for confirmation)"],
      ["wages", false, "Not recorded yet: Months 12–24"],
    ]);
    expect(checklistMet(items)).toBe(false);
  });

  it("counts a raise coming up as followed, and no wage schedule as not followed", () => {
    expect(completionChecklist(facts({ raises: [raise("recorded"), raise("soon")] }))[3]!.met).toBe(true);
    expect(completionChecklist(facts({ raises: null }))[3]).toMatchObject({
      met: false,
      detail: "The organization has no wage schedule",
    });
  });
});

describe("the certificate's verification code", () => {
  it("is ten characters without look-alikes, grouped in fives, and different each time", () => {
    const codes = Array.from({ length: 200 }, newCertificateCode);
    for (const code of codes) expect(code).toMatch(CERTIFICATE_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
