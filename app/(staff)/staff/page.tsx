import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/lib/authz/page";
import { getStaffHomeFigures } from "@/lib/staff/overview";
import { getDeletedSelfIdTallies } from "@/lib/candidates/region-counts";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { OverviewStats } from "@/components/staff/overview-stats";
import { PipelineChart } from "@/components/staff/pipeline-chart";
import { Section } from "@/components/ui/section";
import { CandidateRegions } from "@/components/staff/candidate-regions";
import { CandidateSelfIdTallies } from "@/components/staff/candidate-self-id-tallies";
import { FiguresAsOf } from "@/components/staff/figures-as-of";

export const metadata: Metadata = { title: "Staff home" };

export default async function StaffHomePage() {
  const { user } = await staffPage("/staff");
  const [
    {
      value: { overview, candidateRegions },
      asOf,
    },
    deletedSelfId,
  ] = await Promise.all([getStaffHomeFigures(), getDeletedSelfIdTallies()]);
  return (
    <PageContainer>
      <PageHeader
        title="Staff home"
        description={`Signed in as ${user.name ?? user.email}. The employer-partner pipeline at a glance.`}
        actions={
          <>
            <Link className={buttonClasses()} href="/staff/queue">
              Review queue
            </Link>
            <Link className={buttonClasses("secondary")} href="/staff/employers">
              All employers
            </Link>
          </>
        }
      />
      <FiguresAsOf asOf={asOf} />
      <Section id="at-a-glance" title="At a glance">
        <OverviewStats overview={overview} />
      </Section>
      <Section id="pipeline" title="Pipeline" className="mt-8">
        <p className="mb-3 text-slate-700">
          How many organizations are at each status of each checklist step, out of {overview.organizationCount}.
        </p>
        <PipelineChart rows={overview.pipeline} organizationCount={overview.organizationCount} />
      </Section>
      <Section id="candidates" title="Prospective apprentices" className="mt-8">
        <CandidateRegions rows={candidateRegions} />
        <CandidateSelfIdTallies tables={deletedSelfId} />
      </Section>
    </PageContainer>
  );
}
