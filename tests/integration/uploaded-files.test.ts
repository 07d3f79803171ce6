import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uploadProgramDocument } from "@/lib/documents/actions";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { uploadSignedAgreement } from "@/lib/onboarding/agreement/actions";
import { GET as agreementRoute } from "@/app/api/agreements/[agreementId]/route";
import { GET as documentRoute } from "@/app/api/documents/[documentId]/route";
import { completeStepsThroughMentor, createOrganization, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { PDF_SCRIPT_MARKER, pdfWithScript } from "../support/pdf-with-script";
import { signInAs } from "../support/sign-in";

// Issue 13, point 7: a PDF someone uploaded (a wet-signed agreement, a program document) may carry scripts. It is
// kept byte for byte (a signed file must not change), so what keeps it from running anything as the portal is how
// it is served: a sandbox policy, no sniffing, and framing by the portal's own pages only.

const pdfFile = (bytes: Uint8Array, name: string) => new File([Buffer.from(bytes)], name, { type: "application/pdf" });
const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });
const get = (url: string) => new Request(`http://localhost:3000${url}`);

function expectServedSafely(response: Response, disposition: "inline" | "attachment") {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^${disposition}; filename="[\\w.-]+"$`));
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  const policy = response.headers.get("content-security-policy") ?? "";
  const directives = policy.split(";").map((d) => d.trim());
  // A bare sandbox: no allow-scripts, allow-same-origin, allow-forms, allow-popups…
  expect(directives).toContain("sandbox");
  expect(directives).toContain("default-src 'none'");
  expect(directives).toContain("frame-ancestors 'self'");
  expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
}

describe("an uploaded PDF that carries JavaScript", () => {
  it("is served as a wet-signed agreement only sandboxed, inline or as a download, and unchanged", async () => {
    await publishBothDocuments(db);
    const { org, owner } = await createOrganization(db);
    await completeStepsThroughMentor(db, org.id, owner.id);
    await signInAs(owner.id);
    const unsigned = await buildUnsignedAgreement(org.id);
    const bytes = await pdfWithScript();
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/OpenAction[\s\S]*\/JavaScript/);
    const form = formData({ signerName: "Dana Nguyễn", signerTitle: "CEO", documentSha256: unsigned.sha256 });
    form.set("file", pdfFile(bytes, "wet signed <agreement>.pdf"));
    await expect(uploadSignedAgreement(form)).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(agreement.method).toBe("WET_UPLOAD");

    const inline = await agreementRoute(get(`/api/agreements/${agreement.id}`), params({ agreementId: agreement.id }));
    expectServedSafely(inline, "inline");
    const served = Buffer.from(await inline.arrayBuffer());
    expect(served.equals(Buffer.from(bytes))).toBe(true);
    expect(served.toString("latin1")).toContain(PDF_SCRIPT_MARKER);
    const download = await agreementRoute(
      get(`/api/agreements/${agreement.id}?download`),
      params({ agreementId: agreement.id }),
    );
    expectServedSafely(download, "attachment");
  });

  it("is served as a program document only sandboxed, inline or as a download", async () => {
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
    await signInAs(admin.id);
    const form = formData({ kind: "NATIONAL_STANDARDS", title: "Standards with a script" });
    form.set("file", pdfFile(await pdfWithScript("National Standards (carries a script)"), "standards.pdf"));
    await expect(uploadProgramDocument(form)).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    const doc = await db.programDocument.findFirstOrThrow({ where: { title: "Standards with a script" } });

    const inline = await documentRoute(get(`/api/documents/${doc.id}`), params({ documentId: doc.id }));
    expectServedSafely(inline, "inline");
    expect(Buffer.from(await inline.arrayBuffer()).toString("latin1")).toContain(PDF_SCRIPT_MARKER);
    const download = await documentRoute(get(`/api/documents/${doc.id}?download`), params({ documentId: doc.id }));
    expectServedSafely(download, "attachment");
  });
});
