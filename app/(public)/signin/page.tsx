import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentActor, homePath } from "@/lib/authz";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const actor = await currentActor();
  if (actor) redirect(homePath(actor));
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-2 text-slate-700">
        Enter the email address your organization registered with. We will email you a link that signs you in; no
        password needed.
      </p>
      <div className="mt-6">
        <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </div>
      <p className="mt-8 text-sm text-slate-700">
        New employer partner?{" "}
        <Link className="text-brand-700 font-semibold underline" href="/employers/start">
          Start employer onboarding
        </Link>
        . Prospective apprentice?{" "}
        <Link className="text-brand-700 font-semibold underline" href="/apprentices/interest">
          Use the interest form
        </Link>
        ; you do not need an account.
      </p>
    </div>
  );
}
