import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The board outline, the canvas's accessible counterpart, in Swedish: it lists the board's lanes,
 * shapes (with their data) and connections ("Svarvning → Fräsning"), follows the canvas's
 * selection and sets it, and edits a shape's text and a value-stream step's data through the
 * canvas's own commands (undo takes them back). axe finds nothing serious in it.
 */
test.use({ osLocale: 'sv-SE' });

type Probe = { controller: { ui: { selection: string[] }; visible: { x: number; y: number; w: number; h: number }; board: { shapes: { id: string; type: string; text: string; x: number; y: number; w: number; h: number; props: Record<string, unknown> }[] } } };
const probe = (page: Page) => page.evaluate(() => {
  const c = (window as unknown as { __VERKSTAD_BENCH__: Probe }).__VERKSTAD_BENCH__.controller;
  return { selection: [...c.ui.selection], visible: { ...c.visible }, shapes: c.board.shapes.map((s) => ({ id: s.id, type: s.type, text: s.text, x: s.x, y: s.y, w: s.w, h: s.h, cycleTime: s.props.cycleTime })) };
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the board outline lists, selects and edits the board with the canvas, in Swedish', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await mkdir('.tmp/outline-e2e', { recursive: true });
  await page.evaluate(() => ((window as unknown as { __VERKSTAD_BENCH__: object }).__VERKSTAD_BENCH__ = {}));
  await page.getByRole('button', { name: 'Ny workshop' }).click();
  await page.getByRole('tablist').first().getByRole('tab').nth(1).click();
  await page.getByTestId('empty-add-blank').click();

  // Two activities, the second connected to the first, drawn with the keyboard.
  await page.getByTestId('board-canvas').focus();
  await page.keyboard.press('2');
  await page.keyboard.type('Svarvning');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.type('Fräsning');
  await page.keyboard.press('Enter');

  // The toggle in the canvas toolbar opens the outline; it is a named complementary region.
  const toggle = page.getByRole('button', { name: 'Tavlan som lista' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const outline = page.getByRole('complementary', { name: 'Tavlan som lista' });
  await expect(outline).toBeVisible();
  await expect(outline.getByRole('heading', { level: 2, name: 'Tavlan som lista' })).toBeVisible();
  const shapes = outline.getByTestId('outline-shape');
  await expect(shapes).toHaveCount(2);
  await expect(shapes.nth(0).getByTestId('outline-item')).toHaveText(/Aktivitet\s+Svarvning/);
  await expect(shapes.nth(1).getByTestId('outline-item')).toHaveText(/Aktivitet\s+Fräsning/);
  await expect(outline.getByRole('list', { name: 'Kopplingar' }).getByRole('listitem')).toHaveText(['Svarvning → Fräsning']);

  // Canvas → outline: the shape selected on the board (the last one drawn) is the current item.
  const seen = await probe(page);
  const fras = seen.shapes.find((s) => s.text === 'Fräsning')!;
  const svarv = seen.shapes.find((s) => s.text === 'Svarvning')!;
  expect(seen.selection).toEqual([fras.id]);
  await expect(shapes.nth(1).getByTestId('outline-item')).toHaveAttribute('aria-current', 'true');
  await expect(shapes.nth(0).getByTestId('outline-item')).not.toHaveAttribute('aria-current', 'true');

  // Outline → canvas: zoomed in on Fräsning, choosing Svarvning selects it and scrolls the board to it.
  await page.getByTestId('board-canvas').focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  const zoomed = await probe(page);
  expect(zoomed.shapes).toHaveLength(2);
  const inView = (v: { x: number; y: number; w: number; h: number }, s: { x: number; y: number; w: number; h: number }) => s.x >= v.x && s.y >= v.y && s.x + s.w <= v.x + v.w && s.y + s.h <= v.y + v.h;
  expect(inView(zoomed.visible, svarv)).toBe(false);
  await shapes.nth(0).getByTestId('outline-item').focus();
  await page.keyboard.press('Enter');
  const chosen = await probe(page);
  expect(chosen.selection).toEqual([svarv.id]);
  expect(inView(chosen.visible, svarv)).toBe(true);
  await expect(shapes.nth(0).getByTestId('outline-item')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('selection-count')).toHaveText('1 markerad');

  // Editing: the text field follows the chosen item; the canvas takes the change, undo takes it back.
  const edit = outline.getByRole('group', { name: 'Ändra ”Svarvning”' });
  await page.keyboard.press('Tab');
  const text = edit.getByRole('textbox', { name: 'Text' });
  await expect(text).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' CNC');
  await expect(shapes.nth(0).getByTestId('outline-item')).toHaveText(/Svarvning CNC/);
  expect((await probe(page)).shapes.find((s) => s.id === svarv.id)?.text).toBe('Svarvning CNC');
  await expect(outline.getByRole('list', { name: 'Kopplingar' }).getByRole('listitem')).toHaveText(['Svarvning CNC → Fräsning']);
  await page.keyboard.press('Tab');
  await app.emit('menu:command', { command: 'edit.undo' });
  expect((await probe(page)).shapes.find((s) => s.id === svarv.id)?.text).toBe('Svarvning');
  await expect(shapes.nth(0).getByTestId('outline-item')).toHaveText(/Svarvning$/);
  // A connection's label is written from its item.
  await outline.getByTestId('outline-connection').click();
  await outline.getByTestId('outline-edit').getByRole('textbox', { name: 'Etikett' }).fill('Order');
  await expect(outline.getByTestId('outline-connection')).toHaveText('Svarvning → Fräsning (”Order”)');
  await page.screenshot({ path: '.tmp/outline-e2e/process-sv.png' });

  // A process map's swimlanes: the pool and each lane are renamed from the outline.
  await page.getByTestId('board-add').click();
  await page.getByTestId('board-add-process').click();
  const pool = outline.locator('section').first().getByRole('heading', { level: 3 }).getByRole('button');
  await pool.click();
  const lanes = outline.getByTestId('outline-edit').getByTestId('outline-lane-name');
  await expect(lanes).toHaveCount(3);
  await lanes.nth(0).fill('Kund');
  await lanes.nth(1).fill('Handläggare');
  await expect(outline.getByText('Bana ”Handläggare” · 0 former')).toBeVisible();
  await app.emit('menu:command', { command: 'edit.undo' });
  await expect(outline.getByText('Bana ”Handläggare” · 0 former')).toHaveCount(0);

  // A value-stream map: a process step's data box is edited from the outline.
  await page.getByTestId('board-add').click();
  await page.getByTestId('board-add-vsm-manufacturing-current').click();
  await expect(page.getByTestId('vsm-panel')).toBeVisible();
  await expect(outline).toBeVisible();
  const step = outline.getByTestId('outline-shape').filter({ hasText: 'Process med dataruta' }).first();
  await step.getByTestId('outline-item').click();
  const stepId = (await probe(page)).selection[0]!;
  const ct = outline.getByTestId('outline-edit').getByTestId('vsm-field-cycleTime');
  await ct.fill('45');
  await ct.press('Tab');
  await expect(step.getByTestId('outline-item')).toContainText('45 s');
  expect((await probe(page)).shapes.find((s) => s.id === stepId)?.cycleTime).toMatchObject({ text: '45' });
  // The side panel shows the same step with the same value: one store.
  await expect(page.getByTestId('vsm-panel').getByTestId('vsm-field-cycleTime')).toHaveValue('45');
  await app.emit('menu:command', { command: 'edit.undo' });
  await expect(step.getByTestId('outline-item')).not.toContainText('45 s');
  await step.getByTestId('outline-item').focus();
  await page.screenshot({ path: '.tmp/outline-e2e/vsm-sv.png' });

  // axe on the panel (with an item being edited).
  await step.getByTestId('outline-item').click();
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).include('[data-testid="board-outline"]').withTags(TAGS).analyze();
  expect(result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`)).toEqual([]);

  // Closing it from its own button hands focus back to nothing lost: the toggle says closed.
  await outline.getByRole('button', { name: 'Stäng listan' }).click();
  await expect(outline).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});
