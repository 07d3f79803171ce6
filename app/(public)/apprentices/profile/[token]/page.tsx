import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/candidates/profile-form";
import { RecordActionForm } from "@/components/forms/record-action-form";
import { Alert } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import {
  deleteProfile,
  resendProfileLink,
  shareProfileAgain,
  signOutProfileLink,
  withdrawProfile,
} from "@/lib/candidates/profile/actions";
import { formValuesOf, loadOwnProfile } from "@/lib/candidates/profile/data";
import { formatLongDate } from "@/lib/dates";

// The link is the credential: keep it out of other sites' Referer headers (proxy.ts sends the same policy) and out
// of search engines. Not "no-referrer": with it a form posted without JavaScript carries Origin: null, and Next
// refuses the server action.
export const metadata: Metadata = {
  title: "Your apprenticeship profile",
  referrer: "same-origin",
  robots: { index: false, follow: false },
};

const DONE = {
  updated: "Your changes are saved.",
  withdrawn: "Your profile is withdrawn. Employer partners can no longer see it. We emailed you a confirmation.",
  shared: "Your profile is shared with employer partners again.",
};
const doneMessage = (done: string | undefined) =>
  done && Object.hasOwn(DONE, done) ? DONE[done as keyof typeof DONE] : null;

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const page = await loadOwnProfile(token);

  if (page.status !== "valid") {
    return (
      <PageContainer>
        <PageHeader title={page.status === "expired" ? "This link has expired" : "This link does not work"} />
        <div className="flex max-w-xl flex-col gap-4 text-slate-700">
          {page.status === "expired" ? (
            <RecordActionForm
              action={resendProfileLink}
              idField="token"
              id={token}
              explanation="Private links work for a limited time. We can email a new one to the address on your profile."
              label="Email me a new link"
              pendingLabel="Sending…"
              variant="primary"
            />
          ) : (
            <p>
              The profile may have been deleted, or the link was not copied whole.{" "}
              <Link className="text-brand-700 font-semibold underline" href="/apprentices/profile">
                Ask for a new link
              </Link>{" "}
              with your email address.
            </p>
          )}
        </div>
      </PageContainer>
    );
  }

  const { profile } = page;
  const withdrawn = profile.withdrawnAt !== null;
  const values = formValuesOf(profile);
  return (
    <PageContainer>
      <PageHeader
        title={`Your profile, ${profile.firstName}`}
        description={`Sent on ${formatLongDate(profile.createdAt)}; last changed on ${formatLongDate(profile.updatedAt)}.`}
      />
      <div className="flex flex-col gap-6">
        {doneMessage(done) ? <Alert tone="success">{doneMessage(done)}</Alert> : null}
        {withdrawn ? (
          <section
            aria-labelledby="withdrawn-heading"
            className="flex flex-col gap-3 rounded-md border border-amber-200 bg-amber-50 p-4"
          >
            <h2 id="withdrawn-heading" className="font-semibold text-amber-900">
              Withdrawn: employers cannot see your profile
            </h2>
            <RecordActionForm
              action={shareProfileAgain}
              idField="token"
              id={token}
              explanation={`You withdrew it on ${formatLongDate(profile.withdrawnAt!)}. You can still change your answers below; employers see them only if you share your profile again.`}
              label="Share my profile again"
              pendingLabel="Sharing…"
              variant="primary"
            />
          </section>
        ) : (
          <Alert title="Shared with AAMI's approved employer partners">
            Employers in the regions you chose can see your profile and contact details and may email you. They never
            see your voluntary self-identification answers.
          </Alert>
        )}
        <ProfileForm token={token} email={profile.email} {...values} />

        {withdrawn ? null : (
          <section aria-labelledby="withdraw-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-6">
            <h2 id="withdraw-heading" className="text-lg font-semibold">
              Withdraw your profile
            </h2>
            <RecordActionForm
              action={withdrawProfile}
              idField="token"
              id={token}
              explanation="Employers stop seeing it immediately. We keep your answers so you can share it again later through this link."
              label="Withdraw my profile"
              pendingLabel="Withdrawing…"
              variant="secondary"
            />
          </section>
        )}
        <section aria-labelledby="sign-out-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-6">
          <h2 id="sign-out-heading" className="text-lg font-semibold">
            Sign out this link
          </h2>
          <RecordActionForm
            action={signOutProfileLink}
            idField="token"
            id={token}
            explanation="On a shared or lost device, or if you forwarded an email by mistake: this link and every link we sent you before stop working. Your profile stays as it is; ask for a new link by email when you need one."
            label="Sign out this link"
            pendingLabel="Signing out…"
            variant="secondary"
          />
        </section>
        <section aria-labelledby="delete-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-6">
          <h2 id="delete-heading" className="text-lg font-semibold">
            Delete your profile
          </h2>
          <RecordActionForm
            action={deleteProfile}
            idField="token"
            id={token}
            explanation="This removes your profile, your self-identification answers and the emails we sent you. It cannot be undone; AAMI keeps only an anonymous count."
            confirmation="Yes, delete my profile and everything I told AAMI."
            label="Delete my profile"
          />
        </section>
      </div>
    </PageContainer>
  );
}
