import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import { listProgramDocumentVersions } from "@/lib/documents/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { ProgramDocumentVersions } from "@/components/documents/program-document-versions";
import { UploadProgramDocumentForm } from "@/components/documents/upload-program-document-form";

export const metadata: Metadata = { title: "Program documents" };

export default async function StaffDocumentsPage() {
  await staffPage("/staff/documents", ["STAFF_ADMIN"]);
  const kinds = await listProgramDocumentVersions();
  return (
    <PageContainer>
      <PageHeader
        title="Program documents"
        description="The National Standards and Training Objectives that employers acknowledge at step 2. Upload a new version, check it, then publish it."
      />
      <div className="flex flex-col gap-10">
        {kinds.map((kind) => (
          <ProgramDocumentVersions key={kind.value} kind={kind} />
        ))}
        <section aria-labelledby="upload-heading">
          <h2 id="upload-heading" className="mb-3 text-lg font-semibold">
            Upload a new version
          </h2>
          <p className="mb-4 max-w-2xl text-sm text-slate-700">
            It becomes the next version of the document you choose, unpublished: employers see it only once you publish
            it above.
          </p>
          <UploadProgramDocumentForm />
        </section>
      </div>
    </PageContainer>
  );
}
