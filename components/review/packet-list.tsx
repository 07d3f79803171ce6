const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Registration packets, newest first, each downloadable by staff and by its own organization. */
export function PacketList({
  packets,
}: {
  packets: Array<{ id: string; version: number; sha256: string; createdAt: Date }>;
}) {
  if (packets.length === 0) return <p className="text-sm text-slate-700">No packet yet: one is built on approval.</p>;
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {packets.map((p) => (
        <li key={p.id}>
          <a className="text-brand-700 font-medium underline" href={`/api/packets/${p.id}`}>
            Download registration packet version {p.version} (PDF)
          </a>
          <span className="block text-slate-700">
            Built {dateTime.format(p.createdAt)} UTC · SHA-256 <span className="break-all">{p.sha256}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
