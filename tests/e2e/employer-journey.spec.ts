import { pdfPages, pdfText } from "../support/pdf-text";
import { test, expect, expectAccessible, signInLinkIn, waitForEmail, confirmRegistration } from "./support/fixtures";

// The whole employer side of issue 3 in one browser session: from the public start form to a signed agreement
// submitted to AAMI, with every email read from the real SMTP capture and the signed PDF parsed back.
test("an employer goes from /employers/start to a signed, submitted Employer Acceptance Agreement", async ({
  page,
  staffReviewer,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const email = `htm.manager.${stamp}@riverbend.example`;
  const legalName = `Riverbend Regional Medical Center ${stamp}`;

  // Step 1: register, then sign in from the email.
  await page.goto("/employers/start");
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Street address").fill("400 River Road");
  await page.getByLabel("City").fill("Eau Claire");
  await page.getByLabel("County").fill("Eau Claire");
  await page.getByLabel("State").selectOption("WI");
  await page.getByLabel("ZIP code").fill("54701");
  await page.getByLabel("Full name").fill("Morgan Reyes");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Phone").fill("715-555-0190");
  await page.getByLabel("How many apprentices would you like to host?").fill("1");
  await page.getByRole("button", { name: "Register and continue" }).click();
  await expect(page).toHaveURL(/\/employers\/start\/done$/);
  await confirmRegistration(page, email);
  const signInMail = await waitForEmail(email, (m) => m.subject.includes("sign-in link"));
  await page.goto(signInLinkIn(signInMail.text)!);
  await expect(page).toHaveURL(/\/onboarding$/);

  // Step 2: standards.
  await page.getByRole("link", { name: "Review the standards", exact: true }).click();
  await page.getByLabel(/I have read the BMET National Standards/).check();
  await page.getByLabel("Type your full name to acknowledge").fill("Morgan Reyes");
  await page.getByRole("button", { name: "Acknowledge and continue" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);

  // Step 3: a position and the hiring attestation.
  await page.getByRole("link", { name: "Have a position", exact: true }).click();
  await page.getByRole("radio", { name: /A new position/ }).check();
  await page.getByRole("textbox", { name: /^Position title/ }).fill("BMET Apprentice");
  await page.getByRole("textbox", { name: /^Department/ }).fill("Clinical Engineering");
  await page.getByRole("textbox", { name: /^Site address/ }).fill("400 River Road, Eau Claire, WI 54701");
  await page.getByLabel("Openings").fill("1");
  await page.getByRole("button", { name: "Add position" }).click();
  await expect(page.getByRole("cell", { name: "BMET Apprentice", exact: true })).toBeVisible();
  await page.getByLabel(/responsible for hiring, recruiting and vetting/).check();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText(/your organization hires, recruits and vets its apprentices/)).toBeVisible();

  // Step 4: funding. The employer's college is not on AAMI's list, so they propose it in three fields.
  await page.goto("/onboarding/funding");
  await page.getByRole("combobox", { name: /^Provider/ }).selectOption({ label: "My provider is not listed" });
  await page.getByRole("textbox", { name: /^Provider name/ }).fill(`Chippewa Valley Technical College ${stamp}`);
  await page.getByLabel("Type of provider").selectOption("Community or technical college");
  await page.getByRole("textbox", { name: /^Contact at the provider/ }).fill("apprenticeship@cvtc.example");
  await page.getByRole("radio", { name: "Hybrid (online and in person)" }).check();
  await page.getByLabel("Hours of instruction per year").fill("160");
  await page.getByLabel("Estimated cost per apprentice (USD)").fill("3,800");
  await page.getByRole("checkbox", { name: "Operating budget" }).check();
  await page.getByRole("radio", { name: /Yes, apprentices are paid/ }).check();
  await page.getByLabel(/pays 100% of the cost of the related instruction/).check();
  await page.getByRole("button", { name: "Save funding plan" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);

  // Step 5: a mentor and the journeyworkers.
  await page.goto("/onboarding/mentor");
  await page.getByRole("textbox", { name: /^Name/ }).fill("Chris Ortega");
  await page.getByRole("textbox", { name: /^Job title/ }).fill("Senior BMET");
  await page.getByRole("textbox", { name: /^Email/ }).fill(`chris.${stamp}@riverbend.example`);
  await page.getByLabel("Years of experience").fill("12");
  await page.getByRole("checkbox", { name: /^CBET/ }).check();
  await page.getByRole("button", { name: "Appoint mentor" }).click();
  await expect(page.getByRole("link", { name: "Edit Chris Ortega" })).toBeVisible();
  await page.getByLabel("Journeyworkers on staff").fill("2");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The ratio is met")).toBeVisible();

  // Step 6: the wage schedule, with the rules explained next to the fields, and a live preview.
  await page.goto("/onboarding");
  await page.getByRole("link", { name: "Sign the Employer Acceptance Agreement", exact: true }).click();
  await expect(page).toHaveURL(/\/onboarding\/agreement$/);
  await page.getByLabel("Journeyworker hourly rate (USD)").fill("38.00");
  await page.getByLabel("Entry wage (USD per hour)").fill("7.00");
  await page.getByRole("textbox", { name: "Raise 1: amount" }).fill("65");
  await page.getByRole("spinbutton", { name: /Raise 1: starts after/ }).fill("6");
  await page.getByRole("button", { name: "Save wage schedule" }).click();
  await expect(
    page.getByText(/The entry wage must be at least \$7\.25 an hour, the federal minimum wage/),
  ).toBeVisible();
  await page.getByLabel("Entry wage (USD per hour)").fill("22.80");
  await page.getByRole("spinbutton", { name: /Raise 2: starts after/ }).fill("12");
  await page.getByRole("textbox", { name: "Raise 2: amount" }).fill("60");
  await page.getByRole("button", { name: "Save wage schedule" }).click();
  await expect(page.getByText(/This raise \(\$22\.80\) is lower than the wage before it \(\$24\.70\)/)).toBeVisible();
  await page.getByRole("textbox", { name: "Raise 2: amount" }).fill("72");
  await page.getByRole("spinbutton", { name: /Raise 3: starts after/ }).fill("18");
  await page.getByRole("textbox", { name: "Raise 3: amount" }).fill("30.40");
  await page.getByLabel("Raise 3: stated as").selectOption("DOLLARS");
  const preview = page.getByRole("table", { name: "Wage schedule" });
  await expect(preview.getByRole("row", { name: /From 18 months to 24 months \$30\.40 80%/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save wage schedule" }).click();
  await expect(page.getByText("Read the agreement before you sign.")).toBeVisible();

  // The unsigned agreement opens in the browser.
  const unsigned = await page.request.get("/api/onboarding/agreement");
  expect(unsigned.headers()["content-type"]).toBe("application/pdf");
  expect(pdfText(await unsigned.body())).toContain(legalName);

  // Sign: typed name, title, a drawn signature, consent.
  await page.getByRole("button", { name: "Sign the Employer Acceptance Agreement" }).click();
  await expect(page.getByText("Tick the box to agree to sign electronically.")).toBeVisible();
  await page.getByLabel("Your full legal name").fill("Morgan A. Reyes");
  await page.getByLabel("Your job title").fill("Director, Healthcare Technology Management");
  const pad = (await page.getByRole("img", { name: /signature drawing area/ }).boundingBox())!;
  await page.mouse.move(pad.x + 20, pad.y + pad.height / 2);
  await page.mouse.down();
  await page.mouse.move(pad.x + 120, pad.y + 20, { steps: 5 });
  await page.mouse.move(pad.x + 220, pad.y + pad.height - 20, { steps: 5 });
  await page.mouse.up();
  await page.getByLabel(/I agree to sign this Employer Acceptance Agreement electronically/).check();
  await page.getByRole("button", { name: "Sign the Employer Acceptance Agreement" }).click();
  await expect(page.getByText("The Employer Acceptance Agreement is signed")).toBeVisible();
  await expectAccessible(page);

  // The signed PDF, parsed back: the signer on the signature page and the evidence page, every wage step.
  const href = (await page.getByRole("link", { name: "View the signed agreement (PDF)" }).getAttribute("href"))!;
  const signed = await page.request.get(href);
  const pages = pdfPages(await signed.body());
  const text = pages.join("\n").replace(/\s+/g, " ");
  for (const expected of [
    "Morgan A. Reyes",
    "Director, Healthcare Technology Management",
    "Entry, until 6 months $22.80 60%",
    "From 6 months to 12 months $24.70 65%",
    "From 12 months to 18 months $27.36 72%",
    "From 18 months to 24 months $30.40 80%",
  ]) {
    expect(text).toContain(expected);
  }
  const evidence = pages.at(-1)!.replace(/\s+/g, " ");
  expect(evidence).toContain("Electronic signature record");
  expect(evidence).toContain(email);
  expect(evidence).toContain("Yes, shown on the signature page");
  const signedMail = await waitForEmail(email, (m) => m.subject.startsWith("The Employer Agreement for"));
  expect(signedMail.text).toContain("submit everything to AAMI");

  // Step 7: review and submit.
  await page.getByRole("link", { name: "Continue to step 7: submit to AAMI" }).click();
  await expect(page.getByRole("heading", { name: "Review what you are submitting" })).toBeVisible();
  await expect(page.getByText("Chippewa Valley Technical College")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/I have reviewed everything above/).check();
  await page.getByRole("button", { name: "Submit to AAMI" }).click();
  await expect(page.getByText("Version 1 is with AAMI, waiting for a reviewer")).toBeVisible();
  await expectAccessible(page);

  const received = await waitForEmail(email, (m) => m.subject.startsWith("AAMI received"));
  expect(received.text).toContain("What happens next");
  const staffMail = await waitForEmail(
    staffReviewer.email,
    (m) => m.subject === `To review: ${legalName} submitted its Employer Agreement`,
  );
  expect(staffMail.text).toContain("Morgan Reyes");

  // While AAMI reviews, the steps are read-only.
  await page.goto("/onboarding/agreement");
  await expect(page.getByText(/read-only for now/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save wage schedule" })).toHaveCount(0);
  await page.goto("/onboarding");
  await expect(page.getByRole("listitem").filter({ hasText: "Step 7." })).toContainText("Complete");
});
