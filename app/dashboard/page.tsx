import { redirect } from "next/navigation";
import { homePath } from "@/lib/authz";
import { userPage } from "@/lib/authz/page";

/** Where sign-in lands: staff, employer or newcomer home, decided by lib/authz. */
export default async function DashboardPage() {
  redirect(homePath(await userPage("/dashboard")));
}
