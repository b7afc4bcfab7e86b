import type { CanvasController } from './controller';

/**
 * The one port through which measurement reaches the canvas (`npm run bench:canvas`,
 * tests/bench/canvas/). The benchmark puts an object at `window.__VERKSTAD_BENCH__` before the app
 * loads; the canvas reports to it here and nowhere else. In normal use there is none and every
 * call does nothing.
 */
export interface CanvasProbe {
  /** The controller of the board on screen, so the benchmark can reach the view. */
  controller?: CanvasController;
  /** performance.now() after each scene-layer draw: "the board is painted". */
  sceneDrawnAt?: number;
  /** How long the last scene draw took (the sharp redraw after a zoom is one). */
  lastSceneDrawMs?: number;
  /** How many scene draws so far (a frame that drew nothing new is visible as no increase). */
  sceneDraws?: number;
  /** The last canvas action run from a key, and when. */
  lastAction?: { id: string; at: number };
}

const probe = (): CanvasProbe | undefined => (globalThis as { __VERKSTAD_BENCH__?: CanvasProbe }).__VERKSTAD_BENCH__;

export const instrumentation = {
  attached(controller: CanvasController): void {
    const p = probe();
    if (p) p.controller = controller;
  },
  /** Called around each scene draw: `started` is performance.now() when it began. */
  sceneDrawn(started: number): void {
    const p = probe();
    if (!p) return;
    p.sceneDrawnAt = performance.now();
    p.lastSceneDrawMs = p.sceneDrawnAt - started;
    p.sceneDraws = (p.sceneDraws ?? 0) + 1;
  },
  actionRan(id: string): void {
    const p = probe();
    if (p) p.lastAction = { id, at: performance.now() };
  },
};
