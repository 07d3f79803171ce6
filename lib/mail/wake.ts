// A running mail worker registers here so that enqueuing can nudge it without importing it (and the
// database client it holds). With no worker in this process, waking is a no-op and polling does the work.
let wake: (() => void) | undefined;

export function onMailWake(fn: (() => void) | undefined) {
  wake = fn;
}

export function wakeMailWorker() {
  wake?.();
}
