import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signAsApprentice, signAsEmployer } from "@/lib/apprentices/agreement/actions";
import { saveEnrollment } from "@/lib/apprentices/enrollment/actions";
import { createTransport } from "@/lib/mail/transport";
import { deliverDueMail } from "@/lib/mail/worker";
import ApprenticePage from "@/app/(employer)/onboarding/apprentices/[apprenticeId]/page";
import EditApprenticePage from "@/app/(employer)/onboarding/apprentices/[apprenticeId]/edit/page";
import ApprenticesPage from "@/app/(employer)/onboarding/apprentices/page";
import SignAgreementPage from "@/app/(public)/apprentices/agreement/[token]/page";
import StaffApprenticesPage from "@/app/(staff)/staff/apprentices/page";
import { GET as agreementFile } from "@/app/api/apprentice-agreements/[agreementId]/route";
import { GET as agreementByLink } from "@/app/api/apprentice-agreements/by-link/[token]/route";
import { POST as downloadRapids } from "@/app/api/staff/apprentices/rapids/route";
import { createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { enroll, enrollment } from "../support/enrollment";
import { formData } from "../support/form";
import { pdfText } from "../support/pdf-text";
import { html } from "../support/render";
import { asUser } from "../support/sign-in";
import { TEST_SENDER, startSmtpCapture } from "../support/smtp-capture";
import { reviewedOrganization } from "../support/submission";

// The full SSN never appears anywhere but the RAPIDS file: not in a page, an action's answer, an email (queued or
// received), a stored file (the agreement PDFs), an audit row or a log line, through the whole life of an
// apprentice: enrolled, refused once, edited, signed by both parties, approved by AAMI and exported.

const SSN = "219-09-9999";
const LEAK = /219-?09-?9999/;

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
const logged: string[] = [];
const originals = { stdout: process.stdout.write, stderr: process.stderr.write };

beforeAll(async () => {
  smtp = await startSmtpCapture();
  // Keeps every line written to the console while still writing it, so the test sees what the logs would hold.
  for (const stream of ["stdout", "stderr"] as const) {
    const write = originals[stream].bind(process[stream]);
    process[stream].write = ((chunk: unknown, ...rest: unknown[]) => {
      logged.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
  }
});
afterAll(async () => {
  process.stdout.write = originals.stdout;
  process.stderr.write = originals.stderr;
  await smtp.stop();
});

describe("an apprentice's Social Security number", () => {
  it("appears in full only in the RAPIDS file", async () => {
    await publishBothDocuments(db);
    const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    const { org, owner } = await reviewedOrganization(reviewer.id, "ACCEPTED", { name: "Private Numbers Health" });
    const email = "private.numbers@example.org";
    const seen: string[] = [];
    const page = async (element: Promise<unknown>) => seen.push(html((await element) as never));
    const answer = async (result: Promise<unknown>) => seen.push(JSON.stringify(await result.catch((e: unknown) => e)));

    // Refused once (with the SSN typed), then enrolled, viewed and edited.
    await answer(asUser(owner.id, () => saveEnrollment(enrollment({ ssn: SSN, email, postalCode: "bad" }))));
    const id = await enroll(owner.id, { ssn: SSN, email });
    await page(
      asUser(owner.id, () =>
        ApprenticePage({ params: Promise.resolve({ apprenticeId: id }), searchParams: Promise.resolve({}) }),
      ),
    );
    await page(asUser(owner.id, () => EditApprenticePage({ params: Promise.resolve({ apprenticeId: id }) })));
    await page(asUser(owner.id, () => ApprenticesPage({ searchParams: Promise.resolve({}) })));
    await answer(asUser(owner.id, () => saveEnrollment(enrollment({ apprenticeId: id, rowVersion: "0", email }))));

    // Both parties sign; every email is delivered to a real SMTP server.
    await answer(
      asUser(owner.id, () =>
        signAsEmployer(
          formData({ apprenticeId: id, rowVersion: "1", signerName: "Dana Owner", signerTitle: "CEO", consent: "yes" }),
        ),
      ),
    );
    await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);
    const link = await smtp.waitFor((m) => m.to.includes(email));
    const token = /\/apprentices\/agreement\/([A-Za-z0-9_-]+)/.exec(link.text)![1]!;
    await page(SignAgreementPage({ params: Promise.resolve({ token }) }));
    const preview = await agreementByLink(new Request("http://localhost/x"), { params: Promise.resolve({ token }) });
    seen.push(pdfText(new Uint8Array(await preview.arrayBuffer())));
    await answer(signAsApprentice(formData({ token, signerName: "Avery Lindqvist", consent: "yes" })));
    await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);

    // AAMI staff see the list for DOL, and download the RAPIDS file.
    await db.apprentice.update({ where: { id }, data: { status: "REGISTERED" } });
    await page(asUser(reviewer.id, () => StaffApprenticesPage({ searchParams: Promise.resolve({}) })));
    const agreement = await db.apprenticeAgreement.findFirstOrThrow({ where: { apprenticeId: id } });
    const signed = await asUser(owner.id, () =>
      agreementFile(new Request("http://localhost/x"), { params: Promise.resolve({ agreementId: agreement.id }) }),
    );
    seen.push(pdfText(new Uint8Array(await signed.arrayBuffer())));
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const rapids = await asUser(admin.id, () =>
      downloadRapids(
        new Request("http://localhost:3000/api/staff/apprentices/rapids", {
          method: "POST",
          headers: { origin: "http://localhost:3000" },
          body: new URLSearchParams({ id }),
        }),
      ),
    );
    expect(rapids.status).toBe(200);
    // The one exception, and proof the number was there to leak.
    expect(await rapids.text()).toContain(SSN);

    const files = await db.storedFile.findMany({ where: { organizationId: org.id } });
    expect(files.length).toBeGreaterThan(0);
    const stored = [
      ...files.flatMap((f) =>
        f.data
          ? [
              Buffer.from(f.data).toString("latin1"),
              f.contentType === "application/pdf" ? pdfText(new Uint8Array(f.data)) : "",
            ]
          : [],
      ),
      JSON.stringify(await db.mailMessage.findMany({ where: { organizationId: org.id } })),
      JSON.stringify(await db.mailMessage.findMany({ where: { to: email } })),
      JSON.stringify(smtp.messages),
      JSON.stringify(await db.auditEvent.findMany({ where: { organizationId: org.id } })),
      JSON.stringify(await db.apprenticeAgreement.findMany({ where: { apprenticeId: id } })),
      JSON.stringify(await db.apprentice.findUniqueOrThrow({ where: { id }, omit: { ssnEncrypted: true } })),
    ];
    expect(seen.length).toBeGreaterThan(8);
    for (const text of [...seen, ...stored, logged.join("")]) expect(text).not.toMatch(LEAK);
    expect(seen.join("")).toContain("***-**-9999");
  });
});
