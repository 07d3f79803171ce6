import { z } from "zod";
import { blankOr, email, listOf, optionalText, phone, requiredText, wholeNumber } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

/** Credentials a BMET mentor commonly holds (AAMI certifications and peers). */
export const MENTOR_CREDENTIALS = [
  { value: "CBET", label: "CBET (Certified Biomedical Equipment Technician)" },
  { value: "CRES", label: "CRES (Certified Radiology Equipment Specialist)" },
  { value: "CLES", label: "CLES (Certified Laboratory Equipment Specialist)" },
  { value: "CHTM", label: "CHTM (Certified Healthcare Technology Manager)" },
  { value: "CABT", label: "CABT (Certified Associate in Biomedical Technology)" },
] as const;

const credentialValues = MENTOR_CREDENTIALS.map((c) => c.value) as [string, ...string[]];

/** Step 5: one mentor. `mentorId` is present when editing. */
export const MentorSchema = z.object({
  mentorId: blankOr(IdSchema),
  name: requiredText("the mentor's name", 120),
  title: requiredText("the mentor's job title", 120),
  email,
  phone: blankOr(phone),
  // Checked as a whole so the message sits next to the group of boxes, not an individual one.
  credentials: listOf(z.string()).refine(
    (list) => list.every((c) => credentialValues.includes(c)),
    "Choose credentials from the list.",
  ),
  otherCredentials: optionalText("other credentials", 200),
  yearsExperience: wholeNumber("the years of experience", 0, 60),
});

export const DeleteMentorSchema = z.object({ mentorId: IdSchema });

export const JourneyworkersSchema = z.object({
  journeyworkerCount: wholeNumber("the number of journeyworkers", 0, 1000),
});
