import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { userPage } from "@/lib/authz/page";
import { attentionFor, progressOfApprentices, waitingForMentor } from "@/lib/training/dashboard/data";
import { listTrainees } from "@/lib/training/hours/data";
import { raisesToGive } from "@/lib/training/raises/due";
import { transfersToAnswer } from "@/lib/training/transfers/data";
import type { SearchParams } from "@/lib/lists";
import { NeedsAttention, WaitingForMentor } from "@/components/training/attention";
import { TraineeList } from "@/components/training/trainee-list";
import { TransfersToAnswer } from "@/components/training/transfer-summary";
import { buttonClasses } from "@/components/ui/button";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Training" };

export default async function TrainingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await userPage("/training");
  // AAMI staff see apprentices from the staff pages, not as a trainee, mentor or employer.
  if (actor.staffRole) notFound();
  const [list, raises, attention, waiting, transfers] = await Promise.all([
    listTrainees(actor, parsePage((await searchParams).page)),
    raisesToGive(actor),
    attentionFor(actor),
    waitingForMentor(actor),
    transfersToAnswer(actor),
  ]);
  // An apprentice with nothing else to see goes straight to their own record.
  const only = list.rows[0];
  if (list.total === 1 && only?.userId === actor.id && !actor.training.mentor && actor.memberships.length === 0) {
    redirect(`/training/${only.id}`);
  }
  const progress = await progressOfApprentices(list.rows.map((a) => a.id));
  return (
    <PageContainer>
      <PageHeader
        title="Training"
        description="Apprentices' progress against the program's work-process schedule: hours logged each week and approved by their mentor, skills signed off, related instruction, raises and credentials."
        actions={
          actor.training.mentor ? (
            <Link href="/training/review" className={buttonClasses()}>
              Waiting for you
            </Link>
          ) : undefined
        }
      />
      {transfers ? <TransfersToAnswer list={transfers} /> : null}
      {waiting ? <WaitingForMentor waiting={waiting} /> : null}
      {attention ? <NeedsAttention attention={attention} raises={raises} /> : null}
      <TraineeList list={list} actorId={actor.id} progress={progress} />
    </PageContainer>
  );
}
