import type { Metadata } from "next";
import Link from "next/link";
import { SIGN_IN_LINK_HOURS } from "@/lib/auth/constants";
import { devMailboxEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Check your email</h1>
      <p className="mt-3 text-slate-700">
        If that address belongs to an account, a sign-in link is on its way. It works once and expires in{" "}
        {SIGN_IN_LINK_HOURS} hours. If no account uses the address, the email explains how to get started instead.
      </p>
      {devMailboxEnabled() ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-slate-800">
          Development: email is not sent anywhere, it stays in the{" "}
          <Link className="text-brand-700 font-semibold underline" href="/dev/mailbox">
            development mailbox
          </Link>
          .
        </p>
      ) : null}
      <p className="mt-3 text-slate-700">
        Nothing after a few minutes? Check your spam folder, or{" "}
        <Link className="text-brand-700 font-semibold underline" href="/signin">
          request another link
        </Link>
        .
      </p>
    </div>
  );
}
