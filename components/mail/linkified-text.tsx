/** Plain text with its URLs made clickable, so a sign-in link in the dev mailbox is one click away. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s)\]]+)/g);
  return (
    <pre className="rounded-md border border-slate-200 bg-slate-50 p-4 font-sans text-sm break-words whitespace-pre-wrap">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
