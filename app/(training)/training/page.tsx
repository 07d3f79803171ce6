import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { userPage } from "@/lib/authz/page";
import { listTrainees } from "@/lib/training/hours/data";
import type { SearchParams } from "@/lib/lists";
import { TraineeList } from "@/components/training/trainee-list";
import { buttonClasses } from "@/components/ui/button";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Training" };

export default async function TrainingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await userPage("/training");
  // AAMI staff see apprentices from the staff pages, not as a trainee, mentor or employer.
  if (actor.staffRole) notFound();
  const list = await listTrainees(actor, parsePage((await searchParams).page));
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
      <TraineeList list={list} actorId={actor.id} />
    </PageContainer>
  );
}
