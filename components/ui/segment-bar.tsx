/**
 * A horizontal bar of coloured segments, each as wide as its share of the whole (percentages from the left). Drawn
 * as SVG so the widths are attributes: the pages' Content-Security-Policy (proxy.ts) allows no inline style="…".
 * Decorative: hidden from assistive technology, so the numbers it repeats must be shown as text beside it.
 */
export function SegmentBar({
  segments,
  className,
}: {
  segments: ReadonlyArray<{ percent: number; className: string }>;
  /** Size, shape and background of the bar (the part no segment covers). */
  className: string;
}) {
  const starts = segments.map((_, i) => segments.slice(0, i).reduce((sum, s) => sum + s.percent, 0));
  return (
    <span aria-hidden="true" className={`block overflow-hidden ${className}`}>
      <svg className="block h-full w-full" focusable="false">
        {segments.map((s, i) => (
          <rect key={i} x={`${starts[i]}%`} width={`${s.percent}%`} height="100%" className={s.className} />
        ))}
      </svg>
    </span>
  );
}
