import { z } from "zod";
import { NO_NUL, noNulMessage } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";
import { formatLongDate } from "@/lib/dates";

// An employer partner's expression of interest (/candidates/[id]): one schema for the form and the action. The
// message is emailed to the candidate as plain text.

export const INTEREST_MESSAGE_MIN = 20;
export const INTEREST_MESSAGE_MAX = 2000;

export const SendInterestSchema = z.object({
  candidateId: IdSchema,
  message: z
    .string({ message: "Write a message to the candidate." })
    .trim()
    .min(
      INTEREST_MESSAGE_MIN,
      `Write at least ${INTEREST_MESSAGE_MIN} characters: who you are, the position, and how to reach you.`,
    )
    .max(INTEREST_MESSAGE_MAX, `Keep the message under ${INTEREST_MESSAGE_MAX.toLocaleString("en-US")} characters.`)
    .regex(NO_NUL, noNulMessage("the message")),
});

/** The day an expression of interest was sent, as the profile page and the refusal of a second one say it. */
export const interestDate = (sentAt: Date) => formatLongDate(sentAt);

export const alreadySentMessage = (sentAt: Date) =>
  `Your organization already sent interest to this candidate on ${interestDate(sentAt)}.`;
