import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { userPage } from "@/lib/authz/page";
import { firstParam, type SearchParams } from "@/lib/lists";
import { loadMentorQueue } from "@/lib/training/hours/data";
import { openSignOffRequests } from "@/lib/training/skills/data";
import { SignOffRequestList } from "@/components/training/sign-off-request-list";
import { MentorQueue } from "@/components/training/mentor-queue";
import { Alert } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Waiting for you" };

/** What the last approval or return did, from the redirect's query (numbers only; anything else shows nothing). */
function outcome(query: SearchParams): string | null {
  const approved = Number(firstParam(query.approved));
  const unchanged = Number(firstParam(query.unchanged));
  if (firstParam(query.returned) === "1") return "Sent back. We emailed the apprentice your comment.";
  if (!Number.isInteger(approved) || approved < 0 || !firstParam(query.approved)) return null;
  const left =
    Number.isInteger(unchanged) && unchanged > 0
      ? ` ${unchanged} had changed meanwhile and were left as they are.`
      : "";
  return `${approved} entr${approved === 1 ? "y" : "ies"} approved.${left}`;
}

export default async function MentorReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await userPage("/training/review");
  if (actor.staffRole) notFound();
  const query = await searchParams;
  const [queue, requests] = await Promise.all([
    loadMentorQueue(actor, parsePage(query.page)),
    openSignOffRequests(actor),
  ]);
  const done = outcome(query);
  return (
    <PageContainer>
      <PageHeader
        title="Waiting for you"
        description="The sign-offs your apprentices asked for, and the weeks they logged: approve them, or send one back with what to change. Approved hours are final; a mistake is fixed by a correction the apprentice sends."
      />
      <div className="flex flex-col gap-6">
        {done ? <Alert tone="success">{done}</Alert> : null}
        <section aria-labelledby="requests-heading" className="flex flex-col gap-3">
          <h2 id="requests-heading" className="text-lg font-semibold">
            Sign-offs asked for
          </h2>
          <SignOffRequestList requests={requests} />
        </section>
        <section aria-labelledby="hours-heading" className="flex flex-col gap-3">
          <h2 id="hours-heading" className="text-lg font-semibold">
            Hours to approve
          </h2>
          <MentorQueue queue={queue} />
        </section>
      </div>
    </PageContainer>
  );
}
