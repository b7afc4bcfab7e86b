/**
 * Runs work in one of the page's idle moments (requestIdleCallback; a zero timer where there is
 * none, as in tests), telling it how many milliseconds the moment has left. Returns a cancel.
 */
type IdleDeadline = { timeRemaining(): number };
type IdleScope = { requestIdleCallback?: (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number; cancelIdleCallback?: (handle: number) => void };

export function whenIdle(work: (timeLeft: () => number) => void, options: { timeoutMs?: number } = {}): () => void {
  const { requestIdleCallback: idle, cancelIdleCallback: cancelIdle } = globalThis as IdleScope;
  if (idle) {
    const handle = idle((deadline) => work(() => deadline.timeRemaining()), options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs });
    return () => cancelIdle?.(handle);
  }
  const timer = setTimeout(() => {
    const end = performance.now() + 10;
    work(() => end - performance.now());
  }, 0);
  return () => clearTimeout(timer);
}
