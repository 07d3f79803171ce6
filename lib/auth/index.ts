import "server-only";
import NextAuth from "next-auth";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendSignInEmail } from "@/lib/auth/send-sign-in-email";
import { SIGN_IN_LINK_HOURS } from "@/lib/auth/constants";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { clientIpFrom } from "@/lib/client-ip";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null };
  }
}

// Auth.js signs users in and out. lib/authz reads the session on each request (with the user and their
// memberships, in one query) and decides from the database what they may do.
export const { handlers, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  // lib/authz reads the session with the same lifetimes (lib/auth/session.ts).
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  trustHost: true,
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: SIGN_IN_LINK_HOURS * 3600,
      sendVerificationRequest: ({ identifier, url, request }) =>
        sendSignInEmail(db, env().APP_URL, identifier, url, clientIpFrom(request.headers.get("x-forwarded-for"))),
    },
  ],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  events: {
    async signIn({ user }) {
      if (!user.id) return;
      await recordAudit(db, {
        kind: "auth.signed_in",
        organizationId: null,
        actorId: user.id,
        subject: { type: "User", id: user.id },
        payload: {},
      });
    },
  },
  callbacks: {
    session({ session, user }) {
      session.user.id = user.id;
      return session;
    },
  },
});
