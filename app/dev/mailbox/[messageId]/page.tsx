import type { Metadata } from "next";
import Link from "next/link";
import { getMailboxMessage } from "@/lib/mail/mailbox";
import { idParam } from "@/lib/authz/page";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { LinkifiedText } from "@/components/mail/linkified-text";

export const metadata: Metadata = { title: "Message" };

export default async function MailboxMessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  const message = await getMailboxMessage(idParam((await params).messageId));
  return (
    <PageContainer>
      <PageHeader title={message.subject} description={`To ${message.to} · ${message.createdAt.toISOString()}`} />
      <LinkifiedText text={message.text} />
      <p className="mt-6">
        <Link className="text-brand-700 font-medium underline" href="/dev/mailbox">
          Back to the mailbox
        </Link>
      </p>
    </PageContainer>
  );
}
