import { describe, expect, it } from "vitest";
import { NOT_ANSWERED, OTHER, TALLY_QUESTIONS, tallyIncrements } from "@/lib/candidates/self-id-tally";

// The anonymous counts a deleted candidate leaves of their voluntary self-identification answers.

describe("a deleted candidate's anonymous self-identification counts", () => {
  it("count 'not answered' once per question for someone who answered nothing", () => {
    expect(tallyIncrements(null)).toEqual([
      { question: "SEX", answer: NOT_ANSWERED },
      { question: "ETHNICITY", answer: NOT_ANSWERED },
      { question: "RACE", answer: NOT_ANSWERED },
      { question: "DISABILITY", answer: NOT_ANSWERED },
    ]);
  });

  it("count each answer given, each race ticked once, and nothing the form does not offer by its text", () => {
    expect(
      tallyIncrements({ sex: "FEMALE", ethnicity: null, races: ["ASIAN", "WHITE", "ASIAN"], disability: "DECLINED" }),
    ).toEqual([
      { question: "SEX", answer: "FEMALE" },
      { question: "ETHNICITY", answer: NOT_ANSWERED },
      { question: "RACE", answer: "ASIAN" },
      { question: "RACE", answer: "WHITE" },
      { question: "DISABILITY", answer: "DECLINED" },
    ]);
    const odd = tallyIncrements({ sex: "Jane Doe, 12 Elm St", ethnicity: "x", races: ["<b>"], disability: "YES" });
    expect(odd.map((i) => i.answer)).toEqual([OTHER, OTHER, OTHER, "YES"]);
    // Every answer a count can carry has a label for staff.
    for (const { question, answer } of odd) {
      expect(TALLY_QUESTIONS.find((q) => q.question === question)?.answers.map((a) => a.value)).toContain(answer);
    }
  });
});
