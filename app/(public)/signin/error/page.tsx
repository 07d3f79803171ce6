import type { Metadata } from "next";
import { SIGN_IN_LINK_HOURS } from "@/lib/auth/constants";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, string> = {
  Verification: `That sign-in link has expired or was already used. Links work once, for ${SIGN_IN_LINK_HOURS} hours.`,
  AccessDenied: "That account cannot sign in. Contact AAMI if you think this is a mistake.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = (typeof error === "string" && MESSAGES[error]) || "We could not sign you in. Please try again.";
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">We could not sign you in</h1>
      <p className="mt-3 text-slate-700">{message}</p>
      <p className="mt-6">
        <Link className={buttonClasses("primary")} href="/signin">
          Get a new sign-in link
        </Link>
      </p>
    </div>
  );
}
