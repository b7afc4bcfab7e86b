import type { CanvasController } from './controller';

/**
 * What `npm run bench:canvas` (tests/bench/canvas/) reads from the page. The benchmark sets
 * `window.__VERKSTAD_BENCH__` before the app loads; in normal use it is absent and this is inert.
 */
export interface CanvasBenchHooks {
  controller?: CanvasController;
  /** performance.now() after each scene-layer draw. */
  sceneDrawnAt?: number;
}

export function benchHooks(): CanvasBenchHooks | undefined {
  return (globalThis as { __VERKSTAD_BENCH__?: CanvasBenchHooks }).__VERKSTAD_BENCH__;
}
