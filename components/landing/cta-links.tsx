import Link from "next/link";
import type { ReactNode } from "react";

export const EMPLOYER_START_HREF = "/employers/start";
export const APPRENTICE_INTEREST_HREF = "/apprentices/interest";
export const SIGN_IN_HREF = "/signin";

const baseButton =
  "inline-flex min-h-11 items-center justify-center rounded-md px-5 py-3 text-base font-semibold no-underline transition-colors";

type Tone = "onLight" | "onDark";

/** Filled button-style link for the main action in a section. */
export function PrimaryLink({ href, children, tone = "onLight" }: { href: string; children: ReactNode; tone?: Tone }) {
  const colours =
    tone === "onDark" ? "bg-white text-brand-800 hover:bg-brand-50" : "bg-brand-700 text-white hover:bg-brand-800";
  return (
    <Link href={href} className={`${baseButton} ${colours}`}>
      {children}
    </Link>
  );
}

/** Outlined button-style link for the second action in a section. */
export function SecondaryLink({
  href,
  children,
  tone = "onLight",
}: {
  href: string;
  children: ReactNode;
  tone?: Tone;
}) {
  const colours =
    tone === "onDark"
      ? "border-2 border-white text-white hover:bg-brand-700"
      : "border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50";
  return (
    <Link href={href} className={`${baseButton} ${colours}`}>
      {children}
    </Link>
  );
}

/** Underlined text link to sign in, for employers who are already partners. */
export function SignInLink({ tone = "onLight" }: { tone?: Tone }) {
  const colours = tone === "onDark" ? "text-white hover:text-brand-100" : "text-brand-700 hover:text-brand-800";
  return (
    <p className={tone === "onDark" ? "text-white" : "text-slate-700"}>
      Already a partner?{" "}
      <Link href={SIGN_IN_HREF} className={`font-semibold underline underline-offset-4 ${colours}`}>
        Sign in
      </Link>
    </p>
  );
}

/** Both calls to action and the sign-in link, as shown on the dark hero and closing sections. */
export function CallsToActionOnDark() {
  return (
    <>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <PrimaryLink href={EMPLOYER_START_HREF} tone="onDark">
          Start employer onboarding
        </PrimaryLink>
        <SecondaryLink href={APPRENTICE_INTEREST_HREF} tone="onDark">
          Tell us you&rsquo;re interested
        </SecondaryLink>
      </div>
      <div className="mt-6">
        <SignInLink tone="onDark" />
      </div>
    </>
  );
}
