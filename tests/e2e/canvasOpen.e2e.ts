import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeWorkshop } from '../../shared/model/load';
import { reportWorkshop } from '../unit/helpers/reportWorkshop';
import { expect, test } from './fixtures';

test.use({ osLocale: 'sv-SE' });

interface Seen {
  x: number;
  y: number;
  scale: number;
  w: number;
  h: number;
}

/**
 * Opening a board draws its scene once, in the view the user sees (fitted to the canvas's real
 * size): no draw at the controller's starting view before it is attached, none at a guessed
 * canvas size before the real one is known. Each of those drew (and, far out, rendered the whole
 * board into a bitmap) for a frame nobody saw.
 */
test('a board opens with its first scene draw in the fitted view at the canvas size', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const file = join(workDir, 'tavlor.verkstad');
  await writeFile(file, serializeWorkshop(reportWorkshop()));
  // Every scene draw reports through the instrumentation port; the probe notes the view it drew.
  await page.evaluate(() => {
    const draws: (Seen | null)[] = [];
    let at = 0;
    const probe: { controller?: { view: Seen; size: { w: number; h: number } }; draws: typeof draws; sceneDrawnAt: number } = {
      draws,
      get sceneDrawnAt() {
        return at;
      },
      set sceneDrawnAt(value: number) {
        at = value;
        const c = probe.controller;
        draws.push(c ? { x: c.view.x, y: c.view.y, scale: c.view.scale, w: c.size.w, h: c.size.h } : null);
      },
    };
    (window as unknown as { __VERKSTAD_BENCH__: object }).__VERKSTAD_BENCH__ = probe;
  });
  dialogs.answerOpen(file);
  await page.getByRole('button', { name: 'Öppna…' }).first().click();
  await page.getByRole('tab', { name: 'Tavlor' }).click();
  const canvas = page.getByTestId('board-canvas');
  await expect(canvas).toBeVisible();
  const draws = () => page.evaluate(() => (window as unknown as { __VERKSTAD_BENCH__: { draws: (Seen | null)[] } }).__VERKSTAD_BENCH__.draws);
  await expect.poll(async () => (await draws()).length).toBeGreaterThan(0);
  // Let any further frames of the opening happen.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  await page.screenshot({ path: '.tmp/canvas-open.png' });
  const seen = await draws();
  const box = (await canvas.boundingBox())!;
  const final = await page.evaluate(() => {
    const c = (window as unknown as { __VERKSTAD_BENCH__: { controller: { view: Seen; size: { w: number; h: number } } } }).__VERKSTAD_BENCH__.controller;
    return { x: c.view.x, y: c.view.y, scale: c.view.scale, w: c.size.w, h: c.size.h };
  });
  expect(final.w).toBe(Math.round(box.width));
  expect(final.h).toBe(Math.round(box.height));
  // The first draw is already the view the user sees, and every later one too (nothing moved).
  expect(seen[0]).toEqual(final);
  for (const s of seen) expect(s).toEqual(final);
});
