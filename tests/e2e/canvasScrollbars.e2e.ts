import { join } from 'node:path';
import { serializeWorkshop } from '../../shared/model/load';
import { reportWorkshop } from '../unit/helpers/reportWorkshop';
import { expect, openBoardsWithProbe, test } from './fixtures';

test.use({ osLocale: 'sv-SE' });

type Probe = { __VERKSTAD_BENCH__: { controller: { view: { x: number; y: number; scale: number } } } };

/** The scrollbars show where the view is on the board and move it when their thumbs are dragged. */
test('scrollbars follow the view and dragging a thumb pans the board', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await openBoardsWithProbe(page, dialogs, join(workDir, 'tavlor.verkstad'), serializeWorkshop(reportWorkshop()));
  // Zoomed in, the board is larger than the view: both bars show.
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  const thumb = page.getByTestId('canvas-scrollbar-x-thumb');
  await expect(thumb).toBeVisible();
  await expect(page.getByTestId('canvas-scrollbar-y-thumb')).toBeVisible();
  await expect(page.getByRole('scrollbar', { name: 'Rulla tavlan i sidled' })).toBeVisible();
  await page.screenshot({ path: '.tmp/canvas-scrollbars.png' });

  const view = () => page.evaluate(() => ({ ...(window as unknown as Probe).__VERKSTAD_BENCH__.controller.view }));
  const before = await view();
  const box = (await thumb.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const after = await view();
  // The thumb went right, so the view moved to the right of the board (the stage moved left).
  expect(after.x).toBeLessThan(before.x - 50);
  expect(after.y).toBe(before.y);
  expect(after.scale).toBe(before.scale);
  const moved = (await thumb.boundingBox())!;
  expect(moved.x).toBeGreaterThan(box.x + 60);
});
