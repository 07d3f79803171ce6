import { describe, expect, it } from "vitest";
import { describeCandidateEvent } from "@/lib/candidates/events";

describe("describeCandidateEvent", () => {
  it("names every kind the features write", () => {
    expect(describeCandidateEvent("submitted", null)).toEqual({ label: "Sent the interest form", detail: null });
    expect(describeCandidateEvent("withdrawn", null).label).toBe("Withdrew from the candidate database");
    expect(describeCandidateEvent("link-sent", null).label).toBe("Was emailed a private link to manage the profile");
  });

  it("reads the new status of a status change and the organization of an expression of interest", () => {
    expect(describeCandidateEvent("status-changed", "NOT_A_FIT")).toEqual({
      label: "Status changed to not a fit",
      detail: null,
    });
    expect(describeCandidateEvent("interest-sent", "Mercy Valley Medical Center")).toEqual({
      label: "Expression of interest from Mercy Valley Medical Center",
      detail: null,
    });
  });

  it("shows a staff note's text, and an unknown kind as it is stored", () => {
    expect(describeCandidateEvent("staff-note", "Left a voicemail")).toEqual({
      label: "Staff note",
      detail: "Left a voicemail",
    });
    expect(describeCandidateEvent("moved-to-mars", "note")).toEqual({ label: "moved-to-mars", detail: "note" });
    expect(describeCandidateEvent("toString", null)).toEqual({ label: "toString", detail: null });
  });
});
