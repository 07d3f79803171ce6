"use server";

import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth";
import { publicAction } from "@/lib/action-client";
import { SignInSchema } from "@/lib/auth/schemas";

/** Only same-site paths are accepted as a destination after sign-in. */
function safeCallback(callbackUrl: string | undefined) {
  return callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/dashboard";
}

export const requestSignInLink = publicAction.schema(SignInSchema).action(async ({ input }) => {
  // Auth.js stores the token and queues the email (lib/auth/send-sign-in-email). Its own redirect goes through an
  // API route the client router does not follow, so we send the browser to our page ourselves.
  await signIn("email", { email: input.email, redirectTo: safeCallback(input.callbackUrl), redirect: false });
  redirect("/signin/check-email");
});

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
