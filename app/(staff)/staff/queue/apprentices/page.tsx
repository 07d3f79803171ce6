import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import { listRegistrationsForStaff } from "@/lib/apprentices/registration/data";
import type { SearchParams } from "@/lib/lists";
import { QueueTabs } from "@/components/staff/queue-tabs";
import { RegistrationList } from "@/components/staff/registration-list";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Apprentice registrations" };

export default async function RegistrationQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await staffPage("/staff/queue/apprentices");
  const list = await listRegistrationsForStaff(parsePage((await searchParams).page));
  return (
    <PageContainer>
      <PageHeader
        title="Review queue"
        description="Apprentice registrations the employer and the apprentice have signed, waiting for AAMI's approval. Approving one adds it to the organization's DOL registration packet."
      />
      <QueueTabs current="apprentices" registrationsWaiting={list.total} />
      <RegistrationList list={list} now={new Date()} />
    </PageContainer>
  );
}
