import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { homePath } from "@/lib/authz";
import { userPage } from "@/lib/authz/page";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Welcome" };

export default async function WelcomePage() {
  const actor = await userPage("/welcome");
  if (homePath(actor) !== "/welcome") redirect(homePath(actor));
  return (
    <PageContainer>
      <PageHeader
        title="You're signed in"
        description={`Signed in as ${actor.email}. This address is not part of an employer organization yet.`}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <section className="rounded-lg border border-slate-200 p-5">
          <h2 className="text-lg font-semibold">Register your organization</h2>
          <p className="mt-2 text-slate-700">
            Start AAMI&apos;s employer-partner checklist for your hospital or HTM department.
          </p>
          <Link href="/employers/start" className={`${buttonClasses()} mt-4`}>
            Start employer onboarding
          </Link>
        </section>
        <section className="rounded-lg border border-slate-200 p-5">
          <h2 className="text-lg font-semibold">Join your colleagues</h2>
          <p className="mt-2 text-slate-700">
            If your organization already takes part, ask its portal owner or admin to add {actor.email} under Members.
          </p>
        </section>
      </div>
    </PageContainer>
  );
}
