import { SELF_ID_QUESTIONS, optionLabel } from "@/lib/candidates/options";
import type { CandidateForStaff } from "@/lib/candidates/staff/data";
import { DescriptionList } from "@/components/ui/description-list";
import { Section } from "@/components/ui/section";

type Question = (typeof SELF_ID_QUESTIONS)[number];

/** The question as staff read it (the form's legends speak to the candidate). */
const TOPIC: Record<Question["name"], string> = {
  sex: "Sex",
  ethnicity: "Ethnicity",
  races: "Race",
  veteranStatus: "Veteran status",
  disability: "Disability",
};

function answer(question: Question, value: string | string[] | null): string {
  const values = value === null ? [] : Array.isArray(value) ? value : [value];
  if (values.length === 0) return "Not answered";
  return values.map((v) => optionLabel(question.options, v)).join(", ");
}

/**
 * The voluntary answers (29 CFR 30), apart from the hiring record and labelled as such: AAMI reports on them in
 * aggregate; they play no part in matching and never reach an employer, the list or the export.
 */
export function CandidateSelfIdentification({ demographics }: { demographics: CandidateForStaff["demographics"] }) {
  return (
    <Section
      id="self-identification"
      title="Voluntary self-identification — for equal-opportunity reporting only, never shown to employers"
      className="rounded-lg border border-slate-300 bg-slate-50 p-4"
    >
      <p className="mb-3 text-sm text-slate-700">
        Do not use these answers to choose, rank or refer candidates. They are not in the candidate list or the CSV
        export.
      </p>
      {demographics ? (
        <DescriptionList
          rows={SELF_ID_QUESTIONS.map((q) => [TOPIC[q.name], answer(q, demographics[q.name])] as const)}
        />
      ) : (
        <p className="text-sm text-slate-700">The candidate did not answer these questions.</p>
      )}
    </Section>
  );
}
