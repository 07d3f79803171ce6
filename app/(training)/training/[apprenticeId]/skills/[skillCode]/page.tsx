import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { idParam, trainingPage } from "@/lib/authz/page";
import { formatLongDate } from "@/lib/dates";
import { firstParam, type SearchParams } from "@/lib/lists";
import { skillSetLabel } from "@/lib/program/standards/model";
import { loadSkillPage } from "@/lib/training/skills/data";
import { SKILL_CODE } from "@/lib/training/skills/schemas";
import { isoDay } from "@/lib/training/weeks";
import { RequestSignOffForm, SignOffSkillForm, UndoSignOffForm } from "@/components/training/skill-forms";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Skill" };

const DONE: Record<string, string> = {
  signed: "Signed off. We emailed the apprentice.",
  undone: "The sign-off was undone. The skill counts as not yet signed off; the undo is kept on the record.",
  requested: "Asked. We emailed your mentor; the request shows here until they sign the skill off.",
};

export default async function SkillPage({
  params,
  searchParams,
}: {
  params: Promise<{ apprenticeId: string; skillCode: string }>;
  searchParams: Promise<SearchParams>;
}) {
  // Next hands over the segment decoded; a code is letters, digits, dots and dashes, so it needs no more decoding.
  const { apprenticeId: rawId, skillCode: code } = await params;
  const apprenticeId = idParam(rawId);
  if (!SKILL_CODE.test(code)) notFound();
  const access = await trainingPage(`/training/${apprenticeId}/skills/${encodeURIComponent(code)}`, apprenticeId);
  const page = await loadSkillPage(access, code);
  if (!page) notFound();
  const { skill, set, apprentice, standing, request, history } = page;
  const done = DONE[firstParam((await searchParams).done)];
  return (
    <PageContainer>
      <PageHeader
        title={`${skill.code} ${skill.title}`}
        description={`${skillSetLabel(set)} · ${access.isApprentice ? "your skill" : `${apprentice.firstName} ${apprentice.lastName}`}`}
        actions={
          <Link href={`/training/${apprenticeId}#skills-heading`} className={buttonClasses("secondary")}>
            Back to the record
          </Link>
        }
      />
      <div className="flex max-w-2xl flex-col gap-6">
        {done ? <Alert tone="success">{done}</Alert> : null}
        <section aria-labelledby="status-heading" className="flex flex-col gap-3">
          <h2 id="status-heading" className="text-lg font-semibold">
            Where it stands
          </h2>
          {standing ? (
            <div className="flex flex-col gap-2 text-sm">
              <p>
                <strong>Signed off</strong> by {standing.signedBy}: shown on {formatLongDate(standing.demonstratedOn)}.
              </p>
              {standing.note ? <p>Note: {standing.note}</p> : null}
              {standing.evidenceFileId ? (
                <form method="post" action={`/api/training/evidence/${standing.id}`}>
                  <button type="submit" className={buttonClasses("secondary")}>
                    Download the evidence
                  </button>
                </form>
              ) : null}
            </div>
          ) : request ? (
            <p className="text-sm">
              <strong>Sign-off asked for</strong> on {formatLongDate(request.createdAt)}
              {request.note ? `: “${request.note}”` : ""}. {apprentice.mentor?.name ?? "The mentor"} signs it off once
              they have seen it done.
            </p>
          ) : (
            <p className="text-sm">
              <strong>Not signed off yet.</strong>{" "}
              {access.isApprentice
                ? "When you can do it on your own, ask your mentor for a sign-off."
                : "The mentor signs it off once they have seen the apprentice do it on their own."}
            </p>
          )}
        </section>
        {access.isMentor && !standing ? (
          <section aria-labelledby="sign-off-heading" className="rounded-lg border border-slate-200 p-4">
            <h2 id="sign-off-heading" className="mb-3 text-lg font-semibold">
              Sign off
            </h2>
            <SignOffSkillForm apprenticeId={apprenticeId} skillCode={skill.code} today={isoDay(new Date())} />
          </section>
        ) : null}
        {access.isMentor && standing?.undoableUntil ? (
          <section aria-labelledby="undo-heading" className="rounded-lg border border-slate-200 p-4">
            <h2 id="undo-heading" className="mb-1 text-lg font-semibold">
              Undo the sign-off
            </h2>
            <p className="mb-3 text-sm text-slate-700">
              Possible until {formatLongDate(standing.undoableUntil)}. The sign-off and its undo both stay on the
              record.
            </p>
            <UndoSignOffForm apprenticeId={apprenticeId} signOffId={standing.id} />
          </section>
        ) : null}
        {access.isApprentice && !standing && !request ? (
          <section aria-labelledby="request-heading" className="rounded-lg border border-slate-200 p-4">
            <h2 id="request-heading" className="mb-3 text-lg font-semibold">
              Ask for a sign-off
            </h2>
            <RequestSignOffForm apprenticeId={apprenticeId} skillCode={skill.code} />
          </section>
        ) : null}
        {history.some((s) => s.undoneAt) ? (
          <section aria-labelledby="history-heading">
            <h2 id="history-heading" className="mb-2 text-lg font-semibold">
              Undone sign-offs
            </h2>
            <ul className="flex flex-col gap-2 text-sm">
              {history
                .filter((s) => s.undoneAt)
                .map((s) => (
                  <li key={s.id} className="rounded-md border border-slate-200 p-3">
                    Signed off by {s.signedBy} on {formatLongDate(s.createdAt)}; undone by {s.undoneBy} on{" "}
                    {formatLongDate(s.undoneAt!)}: {s.undoReason}
                  </li>
                ))}
            </ul>
          </section>
        ) : null}
      </div>
    </PageContainer>
  );
}
