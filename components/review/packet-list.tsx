import { EmptyState } from "@/components/ui/empty-state";

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Registration packets, newest first, each downloadable by staff and by its own organization. */
export function PacketList({
  packets,
}: {
  packets: Array<{ id: string; version: number; sha256: string; createdAt: Date }>;
}) {
  if (packets.length === 0) return <NoPacketYet />;
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

/** Where an organization's registration packets come from, for every list of them that is still empty. */
export function NoPacketYet() {
  return (
    <EmptyState
      title="No registration packet yet"
      next="AAMI builds the DOL registration packet when it approves the submission, and a new version when the Registration Agency accepts it and whenever an apprentice is approved. Each version is listed here to download."
    />
  );
}
