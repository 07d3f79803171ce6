import type { Metadata } from "next";
import Link from "next/link";
import { listMailbox } from "@/lib/mail/mailbox";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Development mailbox" };
export const dynamic = "force-dynamic";

export default async function MailboxPage() {
  const messages = await listMailbox();
  return (
    <PageContainer>
      <PageHeader
        title="Development mailbox"
        description="SMTP_URL is not set, so email stays here instead of being sent. The newest 50 messages."
      />
      {messages.length === 0 ? (
        <EmptyState
          title="No email yet"
          next="Every email the portal sends while SMTP_URL is unset lands here: request a sign-in link and it appears."
        />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {messages.map((m) => (
            <li key={m.id} className="p-3">
              <Link className="text-brand-700 font-medium underline" href={`/dev/mailbox/${m.id}`}>
                {m.subject}
              </Link>
              <p className="text-sm text-slate-700">
                To {m.to} · {m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC · {m.status.toLowerCase()}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PageContainer>
  );
}
