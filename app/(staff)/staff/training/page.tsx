import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import type { SearchParams } from "@/lib/lists";
import { employerFiguresPage, getProgramFigures } from "@/lib/training/figures/data";
import { FiguresAsOf } from "@/components/staff/figures-as-of";
import { TrainingHoursChart } from "@/components/staff/training-hours-chart";
import { EmployerFiguresTable, ExitsByQuarter, TrainingStats } from "@/components/staff/training-figures";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Training figures" };

export default async function StaffTrainingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await staffPage("/staff/training");
  const { value: figures, asOf } = await getProgramFigures();
  const page = await employerFiguresPage(figures, parsePage((await searchParams).page));
  return (
    <PageContainer>
      <PageHeader
        title="Training figures"
        description="How apprentices across the program are training: hours, skills, raises and completions, in all and per employer."
      />
      <FiguresAsOf asOf={asOf} />
      <Section id="at-a-glance" title="At a glance">
        <TrainingStats figures={figures} />
      </Section>
      <Section id="hours" title="Hours approved per month" className="mt-8">
        <TrainingHoursChart months={figures.months} />
      </Section>
      <Section id="exits" title="Completions and cancellations by quarter" className="mt-8">
        <ExitsByQuarter exits={figures.exits} />
      </Section>
      <Section id="employers" title="By employer" className="mt-8">
        <EmployerFiguresTable page={page} />
      </Section>
    </PageContainer>
  );
}
