import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Drawing as a new user does, at the zoom a value-stream map opens with (50 %) and at 100 %:
 * hovering a shape shows its dots and they stay as the pointer reaches them; pressing a dot and
 * dragging always draws a connector (never a selection box); a click on a hover arrow adds a
 * connected copy of the shape that way.
 */

interface Seen {
  view: { x: number; y: number; scale: number };
  shapes: { id: string; x: number; y: number; w: number; h: number }[];
  connectors: number;
}

type Probe = { __VERKSTAD_BENCH__: { controller: { view: Seen['view']; board: { shapes: Seen['shapes']; connectors: unknown[] } } } };

async function seen(page: Page) {
  const s = await page.evaluate(() => {
    const c = (window as unknown as Probe).__VERKSTAD_BENCH__.controller;
    return { view: { ...c.view }, shapes: c.board.shapes.map(({ id, x, y, w, h }) => ({ id, x, y, w, h })), connectors: c.board.connectors.length };
  });
  const box = (await page.getByTestId('board-canvas').boundingBox())!;
  /** A board point on the screen. */
  const at = (x: number, y: number) => ({ x: box.x + x * s.view.scale + s.view.x, y: box.y + y * s.view.scale + s.view.y });
  return { ...s, at };
}

async function twoSteps(page: Page, zoomOutSteps: number) {
  await page.evaluate(() => ((window as unknown as { __VERKSTAD_BENCH__: object }).__VERKSTAD_BENCH__ = {}));
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByRole('tab', { name: 'Boards' }).click();
  await page.getByTestId('empty-add-blank').click();
  const canvas = page.getByTestId('board-canvas');
  await expect(canvas).toBeVisible();
  // Two activities side by side, placed with the number key (next to the selected one).
  await canvas.focus();
  await page.keyboard.press('2');
  await page.keyboard.press('Escape');
  await page.keyboard.press('2');
  await page.keyboard.press('Escape');
  await canvas.focus();
  await page.keyboard.press('Escape');
  for (let i = 0; i < zoomOutSteps; i++) await page.keyboard.press('-');
  return canvas;
}

for (const [label, zoomOutSteps, scale] of [['50 %', 3, 0.5], ['100 %', 0, 1]] as const) {
  test(`at ${label}: pressing a connection dot and dragging draws a glued connector; a hover arrow adds a connected copy`, async ({ app }) => {
    const { page } = app;
    await twoSteps(page, zoomOutSteps);
    let s = await seen(page);
    expect(s.view.scale).toBeCloseTo(scale);
    expect(s.shapes).toHaveLength(2);
    const [a, b] = s.shapes as [Seen['shapes'][0], Seen['shapes'][0]];

    // Hover the first step, go out to its right dot (14 px outside at any zoom), press, drag onto the second.
    const centre = s.at(a.x + a.w / 2, a.y + a.h / 2);
    const dot = s.at(a.x + a.w, a.y + a.h / 2);
    dot.x += 14;
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.move(dot.x, dot.y, { steps: 6 });
    await page.mouse.down();
    const target = s.at(b.x + b.w / 2, b.y + b.h / 2);
    await page.mouse.move(target.x, target.y, { steps: 8 });
    await page.mouse.up();
    s = await seen(page);
    expect(s.connectors).toBe(1);
    await expect(page.getByTestId('selection-count')).toHaveText('1 selected');

    // A click on the arrow below the first step: a connected copy underneath, ready for its label.
    await page.mouse.move(centre.x, centre.y);
    const arrow = s.at(a.x + a.w / 2, a.y + a.h);
    arrow.y += 38;
    await page.mouse.move(arrow.x, arrow.y, { steps: 6 });
    await page.mouse.click(arrow.x, arrow.y);
    await expect(page.getByTestId('canvas-text-editor')).toBeFocused();
    await page.keyboard.type('Nästa steg');
    await page.keyboard.press('Enter');
    s = await seen(page);
    expect(s.shapes).toHaveLength(3);
    expect(s.connectors).toBe(2);
    const copy = s.shapes[2]!;
    expect(copy.x).toBe(a.x);
    expect(copy.y).toBeGreaterThan(a.y + a.h);

    // The dots are the same size on the screen at every zoom: a screenshot of the hovered shape for the eye.
    await page.mouse.move(centre.x, centre.y);
    await page.screenshot({ path: `test-results/canvas-dots-${scale * 100}.png` });
  });
}

test('presenting a value-stream map shows its key figures and the timeline ladder under the map', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByRole('tab', { name: 'Boards' }).click();
  await page.getByTestId('empty-add-blank').click();
  await page.getByTestId('board-add').click();
  await page.getByTestId('board-add-vsm-manufacturing-current').click();
  await expect(page.getByTestId('vsm-panel')).toBeVisible();
  await page.getByTestId('present-button').click();
  const presented = page.getByTestId('vsm-presented');
  await expect(presented).toBeVisible();
  for (const id of ['lead', 'va', 'pce', 'takt']) await expect(page.getByTestId(`vsm-presented-${id}`)).toBeVisible();
  await expect(presented.getByTestId('vsm-ladder')).toBeVisible();
  await expect(page.getByTestId('vsm-panel')).toBeHidden();
  await page.screenshot({ path: 'test-results/vsm-presented.png' });
  await page.keyboard.press('Escape');
  await expect(presented).toBeHidden();
});
