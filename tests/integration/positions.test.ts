import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attestHiring, deletePosition, savePosition } from "@/lib/onboarding/positions/actions";
import EditPositionPage from "@/app/(employer)/onboarding/position/[positionId]/page";
import PositionStepPage from "@/app/(employer)/onboarding/position/page";
import { createOrganization } from "../support/factories";
import { signInAs } from "../support/sign-in";
import { html } from "../support/render";
import { formData } from "../support/form";

const TO_PAGE = expect.objectContaining({ digest: expect.stringContaining(";/onboarding/position;") });
const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining("404") });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const position = (overrides: Record<string, string> = {}) =>
  formData({
    type: "NEW_POSITION",
    title: "BMET Apprentice",
    department: "Clinical Engineering",
    siteAddress: "1 Main St, Madison, WI",
    expectedStartDate: inDays(60),
    openings: "2",
    ...overrides,
  });
const stepOf = (organizationId: string) =>
  db.onboardingStep.findUnique({ where: { organizationId_step: { organizationId, step: "POSITION" } } });

describe("step 3: positions", () => {
  it("adds positions and the attestation, completing the step, with audit events", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    await expect(savePosition(position())).rejects.toEqual(TO_PAGE);
    expect(await stepOf(org.id)).toMatchObject({ status: "IN_PROGRESS" });
    await expect(attestHiring({ attest: "yes" })).rejects.toEqual(TO_PAGE);
    expect(await stepOf(org.id)).toMatchObject({ status: "COMPLETE", completedById: owner.id });

    const saved = await db.position.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(saved).toMatchObject({ type: "NEW_POSITION", title: "BMET Apprentice", openings: 2, createdById: owner.id });
    expect(saved.expectedStartDate?.toISOString().slice(0, 10)).toBe(inDays(60));
    expect(
      await db.auditEvent.count({
        where: { organizationId: org.id, kind: { in: ["position.saved", "position.hiring_attested"] } },
      }),
    ).toBe(2);
    expect(html(await PositionStepPage())).toContain("BMET Apprentice");
  });

  it("edits and deletes a position; the step falls back when none is left", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    await savePosition(position()).catch(() => undefined);
    await attestHiring({ attest: "yes" }).catch(() => undefined);
    const p = await db.position.findFirstOrThrow({ where: { organizationId: org.id } });
    await expect(
      savePosition(
        position({ positionId: p.id, title: "BMET I", type: "INCUMBENT", openings: "1", expectedStartDate: "" }),
      ),
    ).rejects.toEqual(TO_PAGE);
    expect(await db.position.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      title: "BMET I",
      type: "INCUMBENT",
      openings: 1,
      expectedStartDate: null,
    });
    await expect(deletePosition({ positionId: p.id })).rejects.toEqual(TO_PAGE);
    expect(await db.position.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await stepOf(org.id)).toMatchObject({ status: "IN_PROGRESS", completedById: null });
  });

  it("rejects bad input with messages next to the fields and saves nothing", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    const result = await savePosition(
      position({ type: "INTERN", title: "", expectedStartDate: "2001-01-01", openings: "0" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        type: ["Choose how the position exists."],
        title: ["Enter the position title."],
        expectedStartDate: ["The expected start date cannot be more than 30 days ago."],
        openings: ["The number of openings must be at least 1."],
      },
    });
    expect(await attestHiring({ attest: "" as "yes" })).toMatchObject({
      ok: false,
      fieldErrors: { attest: [expect.stringContaining("Tick the box")] },
    });
    expect(await db.position.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("answers 'not found' for another organization's position, by page and by action", async () => {
    const a = await createOrganization(db);
    const b = await createOrganization(db);
    const theirs = await db.position.create({
      data: {
        organizationId: b.org.id,
        type: "NEW_POSITION",
        title: "Theirs",
        department: "CE",
        siteAddress: "x",
        openings: 1,
      },
    });
    await signInAs(a.owner.id);
    await expect(EditPositionPage({ params: Promise.resolve({ positionId: theirs.id }) })).rejects.toEqual(NOT_FOUND);
    expect(await savePosition(position({ positionId: theirs.id, title: "Mine now" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("could not find"),
    });
    expect(await deletePosition({ positionId: theirs.id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("could not find"),
    });
    expect(await db.position.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ title: "Theirs" });
    expect(
      await db.auditEvent.count({
        where: { organizationId: { in: [a.org.id, b.org.id] }, kind: { startsWith: "position." } },
      }),
    ).toBe(0);
  });

  it("is read-only while AAMI reviews", async () => {
    const { org, owner } = await createOrganization(db);
    await db.submission.create({
      data: { organizationId: org.id, version: 1, status: "IN_REVIEW", snapshot: {}, submittedById: owner.id },
    });
    await signInAs(owner.id);
    expect(await savePosition(position())).toMatchObject({ ok: false, message: expect.stringContaining("read-only") });
    expect(await db.position.count({ where: { organizationId: org.id } })).toBe(0);
  });
});
