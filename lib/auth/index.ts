import "server-only";
import NextAuth from "next-auth";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { SIGN_IN_LINK_MAX_AGE_SECONDS, sendSignInEmail } from "@/lib/auth/send-sign-in-email";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null };
  }
}

// Auth.js only proves who the user is. What they may do is decided in lib/authz from the database.
export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  trustHost: true,
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
      sendVerificationRequest: ({ identifier, url }) => sendSignInEmail(db, env().APP_URL, identifier, url),
    },
  ],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  callbacks: {
    session({ session, user }) {
      session.user.id = user.id;
      return session;
    },
  },
});
