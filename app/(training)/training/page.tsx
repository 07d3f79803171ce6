import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { userPage } from "@/lib/authz/page";
import { listTrainees } from "@/lib/training/hours/data";
import { raisesToGive } from "@/lib/training/raises/due";
import type { SearchParams } from "@/lib/lists";
import { RaisesToActList } from "@/components/training/raise-list";
import { TraineeList } from "@/components/training/trainee-list";
import { Section } from "@/components/ui/section";
import { buttonClasses } from "@/components/ui/button";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Training" };

export default async function TrainingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await userPage("/training");
  // AAMI staff see apprentices from the staff pages, not as a trainee, mentor or employer.
  if (actor.staffRole) notFound();
  const [list, raises] = await Promise.all([
    listTrainees(actor, parsePage((await searchParams).page)),
    raisesToGive(actor),
  ]);
  // An apprentice with nothing else to see goes straight to their own record.
  const only = list.rows[0];
  if (list.total === 1 && only?.userId === actor.id && !actor.training.mentor && actor.memberships.length === 0) {
    redirect(`/training/${only.id}`);
  }
  return (
    <PageContainer>
      <PageHeader
        title="Training"
        description="Apprentices' on-the-job hours against the program's work-process schedule: logged each week, approved by their mentor."
        actions={
          actor.training.mentor ? (
            <Link href="/training/review" className={buttonClasses()}>
              Waiting for you
            </Link>
          ) : undefined
        }
      />
      {raises.length > 0 ? (
        <Section id="raises" title="Raises to give" className="mb-8">
          <p className="mb-3 text-slate-700">
            Raises on your wage schedule coming up within two weeks, due or overdue. Give each on time, then record it
            on the apprentice&apos;s record (AAMI staff follow up on raises unrecorded 30 days after they fall due).
          </p>
          <RaisesToActList raises={raises} recordPath="/training" caption="Raises to give" />
        </Section>
      ) : null}
      <TraineeList list={list} actorId={actor.id} />
    </PageContainer>
  );
}
