import Link from "next/link";
import { PageContainer } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <PageContainer>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">
        We could not find that page. It may have moved, or it belongs to another organization.
      </p>
      <p className="mt-4">
        <Link className="text-brand-700 font-medium underline" href="/">
          Go to the home page
        </Link>
      </p>
    </PageContainer>
  );
}
