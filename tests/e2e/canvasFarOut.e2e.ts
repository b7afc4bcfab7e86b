import { join } from 'node:path';
import { serializeWorkshop } from '../../shared/model/load';
import { generateWorkshop } from '../bench/canvas/generateBoard';
import { expect, openBoardsWithProbe, test } from './fixtures';

test.use({ osLocale: 'sv-SE' });

interface Probe {
  __VERKSTAD_BENCH__: {
    sceneDraws?: number;
    controller: { view: { x: number; y: number; scale: number }; size: { w: number; h: number }; applyView(v: { x: number; y: number; scale: number }, remember: boolean): void };
  };
}

/**
 * Zoomed far out on a board several screens large (2,000 shapes), the board is drawn from its
 * cached paths: the first frame after a zoom step is already the sharp picture, nothing is redrawn
 * later. (It used to show the previous zoom level's bitmap scaled, blurred, until a redraw 150 ms
 * after the zoom stopped.)
 */
test('far out on a large board, the first frame after a zoom step is the sharp picture', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await openBoardsWithProbe(page, dialogs, join(workDir, 'stor-karta.verkstad'), serializeWorkshop(generateWorkshop(2000)));
  await expect.poll(() => page.evaluate(() => (window as unknown as Probe).__VERKSTAD_BENCH__.sceneDraws ?? 0)).toBeGreaterThan(0);

  const result = await page.evaluate(async () => {
    const probe = (window as unknown as Probe).__VERKSTAD_BENCH__;
    const c = probe.controller;
    const container = document.querySelector('[data-testid="board-canvas"]')!;
    const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    };
    /** A fingerprint of every layer's pixels. */
    const pixels = () =>
      [...container.querySelectorAll('canvas')]
        .map((cv) => {
          const d = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
          let h = 0;
          for (let i = 0; i < d.length; i += 4) h = (Math.imul(h, 31) + d[i]! + 3 * d[i + 1]! + 7 * d[i + 2]! + 11 * d[i + 3]!) >>> 0;
          return h;
        })
        .join(',');
    // At 25 %, centred on the board, settled: the zoom step goes to 15 %.
    const board = { w: 57 * 240, h: 36 * 180 };
    const at = (scale: number) => ({ scale, x: c.size.w / 2 - (board.w / 2) * scale, y: c.size.h / 2 - (board.h / 2) * scale });
    c.applyView(at(0.25), false);
    await settle(600);
    await frames(2);
    const draws = probe.sceneDraws ?? 0;
    container.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: '-', code: 'Minus' }));
    await frames(2);
    const first = pixels();
    const scale = c.view.scale;
    const drawsAfterStep = (probe.sceneDraws ?? 0) - draws;
    await settle(600);
    await frames(2);
    return { scale, first, settled: pixels(), drawsAfterStep, drawsLater: (probe.sceneDraws ?? 0) - draws - drawsAfterStep, size: c.size };
  });
  expect(result.scale).toBeCloseTo(0.15, 5);
  // The board at 15 % is more than two screens of this canvas (the limit for a bitmap of it).
  expect(57 * 240 * 0.15 * 36 * 180 * 0.15).toBeGreaterThan(2 * result.size.w * result.size.h);
  expect(result.drawsAfterStep).toBeGreaterThan(0);
  expect(result.first).toBe(result.settled);
  expect(result.drawsLater).toBe(0);
  await page.screenshot({ path: '.tmp/canvas-far-out.png' });
});
