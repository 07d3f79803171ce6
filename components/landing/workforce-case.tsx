/** Why now: the workforce figures AAMI gives employers on its own apprenticeship page. */
const FIGURES = [
  {
    figure: "Nearly 3,000",
    text: "new biomedical equipment technician positions expected by 2029.",
  },
  {
    figure: "Close to half",
    text: "of today's healthcare technology management (HTM) workforce is over 50.",
  },
] as const;

export function WorkforceCase() {
  return (
    <section aria-labelledby="workforce-title">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="workforce-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          The field needs technicians, and soon
        </h2>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">
          Hospitals depend on the people who keep their equipment safe and working, and there will not be enough of
          them. Growing your own is the surest way to have them.
        </p>
        <dl className="mt-8 grid gap-6 sm:grid-cols-2">
          {FIGURES.map((item) => (
            <div key={item.figure} className="border-brand-700 rounded-lg border-l-4 bg-slate-50 p-6">
              <dt className="text-brand-800 text-3xl font-bold sm:text-4xl">{item.figure}</dt>
              <dd className="mt-2 text-lg text-slate-700">{item.text}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-slate-700">Figures as AAMI gives them to employers.</p>
      </div>
    </section>
  );
}
