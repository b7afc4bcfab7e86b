import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Data-box values typed on the map itself: a double-click on a process box's data box opens an
 * editor over the row; Enter stores the value through the panel's command, so the metrics and the
 * ladder follow; a wrong value is kept and marked.
 */

type Seen = { view: { x: number; y: number; scale: number }; steps: { x: number; y: number; w: number; h: number }[] };

/** Where the process boxes are on the screen (the canvas benchmark's hook hands out the controller). */
async function processBoxes(page: Page) {
  const seen = await page.evaluate(() => {
    const c = (window as unknown as { __VERKSTAD_BENCH__: { controller: { view: Seen['view']; board: { shapes: { type: string; x: number; y: number; w: number; h: number }[] } } } }).__VERKSTAD_BENCH__.controller;
    return { view: { ...c.view }, steps: c.board.shapes.filter((s) => s.type === 'vsmProcess').map(({ x, y, w, h }) => ({ x, y, w, h })) };
  });
  const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
  const at = (x: number, y: number) => ({ x: canvas.x + x * seen.view.scale + seen.view.x, y: canvas.y + y * seen.view.scale + seen.view.y });
  return seen.steps.map((s) => ({ ...s, at: (dx: number, dy: number) => at(s.x + dx, s.y + dy) }));
}

test('a C/T typed on the canvas updates value-added time and the ladder; a wrong value is marked', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => ((window as unknown as { __VERKSTAD_BENCH__: object }).__VERKSTAD_BENCH__ = {}));
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByRole('tab', { name: 'Boards' }).click();
  await page.getByTestId('empty-add-blank').click();
  await page.getByTestId('board-add').click();
  await page.getByTestId('board-add-vsm-manufacturing-current').click();
  await expect(page.getByTestId('vsm-panel')).toBeVisible();

  // Three steps get their C/T in the side panel (Tab selects shapes in drawing order: stock, step, …).
  await page.getByTestId('vsm-tab-data').click();
  const canvas = page.getByTestId('board-canvas');
  for (const [i, ct] of ['70', '50', '55'].entries()) {
    await canvas.focus();
    for (let k = 0; k < (i === 0 ? 4 : 2); k++) await page.keyboard.press('Tab');
    await page.getByTestId('vsm-field-cycleTime').fill(ct);
  }
  await page.getByTestId('vsm-tab-metrics').click();
  await expect(page.getByTestId('vsm-ladder-step')).toHaveText(['–', '70 s', '50 s', '55 s']);

  // The first step's data box is empty: a double-click in it opens C/T, the first field.
  const [first] = await processBoxes(page);
  const row = first!.at(first!.w * 0.7, 60);
  await page.mouse.dblclick(row.x, row.y);
  const editor = page.getByTestId('canvas-text-editor');
  await expect(editor).toBeFocused();
  await expect(editor).toHaveAttribute('data-field', 'cycleTime');
  await expect(page.locator('.canvas-field-caption')).toHaveText('C/T');
  await page.keyboard.type('45');
  await page.screenshot({ path: '.tmp/vsm-canvas-edit.png' });
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);

  // 45 + 70 + 50 + 55 = 220 s of value-added time.
  await expect(page.getByTestId('vsm-value-valueAddedTime')).toHaveText('3.67 min');
  await expect(page.getByTestId('vsm-ladder-step')).toHaveText(['45 s', '70 s', '50 s', '55 s']);

  // A double-click on the C/T row now drawn edits it, with the value as typed; Escape keeps it.
  const ctRow = first!.at(first!.w * 0.7, 48 + 12);
  await page.mouse.dblclick(ctRow.x, ctRow.y);
  await expect(editor).toHaveValue('45');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('vsm-ladder-step')).toHaveText(['45 s', '70 s', '50 s', '55 s']);

  // Below the C/T row: the next empty field, C/O. "abc" is marked while typing and after.
  const below = first!.at(first!.w * 0.7, 48 + 60);
  await page.mouse.dblclick(below.x, below.y);
  await expect(editor).toHaveAttribute('data-field', 'changeover');
  await page.keyboard.type('abc');
  await expect(editor).toHaveClass(/invalid/);
  await expect(editor).toHaveAttribute('title', '“abc” is not a number.');
  await page.screenshot({ path: '.tmp/vsm-canvas-edit-invalid.png' });
  await page.keyboard.press('Enter');
  await page.getByTestId('vsm-tab-data').click();
  await expect(page.getByTestId('vsm-field-changeover')).toHaveValue('abc');
  await expect(page.getByText('“abc” is not a number.')).toBeVisible();
  await page.screenshot({ path: '.tmp/vsm-canvas-edit-marked.png' });
});
