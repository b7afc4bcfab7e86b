import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The canvas in Chromium: a three-lane swimlane process of six steps drawn with the mouse, undo
 * and redo, save and reopen giving the same picture; and the keyboard-only path.
 */

/** A new workshop showing a new blank board, at 100 % with the board origin 48 px into the canvas. */
async function blankBoard(page: Page) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByRole('tab', { name: 'Boards' }).click();
  await page.getByTestId('empty-add-blank').click();
  const canvas = page.getByTestId('board-canvas');
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  // A blank board opens at 100 % with the origin at (48, 48) in the canvas.
  const at = (x: number, y: number) => ({ x: box.x + 48 + x, y: box.y + 48 + y });
  return { canvas, at };
}

async function dragFromPalette(page: Page, type: string, to: { x: number; y: number }) {
  const item = (await page.getByTestId(`palette-${type}`).boundingBox())!;
  await page.mouse.move(item.x + item.width / 2, item.y + item.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

test('draws a three-lane swimlane process of six steps with the mouse, undoes, redoes, saves and reopens the same picture', async ({ app, dialogs, workDir }) => {
  // A whole process drawn with the mouse: on a busy shared machine this takes over a minute.
  test.setTimeout(180_000);
  const { page } = app;
  const { canvas, at } = await blankBoard(page);

  // The pool: dropped with its top-left corner at the board origin (900 × 480, lanes of 160).
  await dragFromPalette(page, 'swimlane', at(450, 240));
  for (const [i, name] of ['Sökande', 'Handläggare', 'Nämnd'].entries()) {
    const p = at(52, 80 + 160 * i);
    await page.mouse.dblclick(p.x, p.y);
    await expect(page.getByTestId('canvas-text-editor')).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  const title = at(18, 240);
  await page.mouse.dblclick(title.x, title.y);
  await page.keyboard.type('Bygglov');
  await page.keyboard.press('Enter');

  // Six steps, each dragged from the palette into its lane and named in place.
  const steps: [string, number, number, string][] = [
    ['startEnd', 170, 80, 'Ansökan kommer in'],
    ['activity', 370, 240, 'Registrera ärendet'],
    ['decision', 590, 240, 'Komplett?'],
    ['document', 590, 80, 'Begär komplettering'],
    ['activity', 590, 400, 'Fatta beslut'],
    ['startEnd', 800, 400, 'Beslut skickat'],
  ];
  for (const [type, x, y, text] of steps) {
    await dragFromPalette(page, type, at(x, y));
    await expect(page.getByTestId('canvas-text-editor')).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('canvas-text-editor')).toBeHidden();
  }

  // Connectors: hover a step, press on its connection handle, drag onto the next step.
  const connect = async (from: { x: number; y: number }, handle: { x: number; y: number }, to: { x: number; y: number }) => {
    const f = at(from.x, from.y);
    const h = at(handle.x, handle.y);
    const t = at(to.x, to.y);
    await page.mouse.move(f.x, f.y);
    await page.mouse.move(h.x, h.y, { steps: 4 });
    await page.mouse.down();
    await page.mouse.move(t.x, t.y, { steps: 8 });
    await page.mouse.up();
  };
  await connect({ x: 170, y: 80 }, { x: 240 + 14, y: 80 }, { x: 370, y: 240 });
  await connect({ x: 370, y: 240 }, { x: 450 + 14, y: 240 }, { x: 590, y: 240 });
  await connect({ x: 590, y: 240 }, { x: 590, y: 190 - 14 }, { x: 590, y: 80 });
  await connect({ x: 590, y: 240 }, { x: 590, y: 290 + 14 }, { x: 590, y: 400 });
  await connect({ x: 590, y: 400 }, { x: 670 + 14, y: 400 }, { x: 800, y: 400 });

  // A label on the "yes" branch, edited in place on the line.
  const yes = at(590, 330);
  await page.mouse.dblclick(yes.x, yes.y);
  await page.keyboard.type('Ja');
  await page.keyboard.press('Enter');

  const count = async () => {
    await canvas.focus();
    await page.keyboard.press('Control+A');
    const text = await page.getByTestId('selection-count').textContent();
    await page.keyboard.press('Escape');
    return text;
  };
  // 7 shapes (the pool and six steps) and 5 connectors.
  expect(await count()).toBe('12 selected');

  // Undo takes back the label, then the last connector; redo brings both back.
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  expect(await count()).toBe('11 selected');
  await page.keyboard.press('Control+Y');
  await page.keyboard.press('Control+Y');
  expect(await count()).toBe('12 selected');

  // The picture before saving: whole board in view, nothing selected, pointer away.
  await page.keyboard.press('Shift+Digit1');
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(400);
  // The board itself, inside the view's rounded border (whose anti-aliasing is the page's, not ours).
  // Taken once the canvas has settled: two pictures in a row alike (a zoom sharpens after a moment).
  const picture = async (path: string) => {
    const b = (await canvas.boundingBox())!;
    const shot = () => page.screenshot({ clip: { x: b.x + 10, y: b.y + 10, width: b.width - 20, height: b.height - 20 } });
    let last = await shot();
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(250);
      const next = await shot();
      if (next.equals(last)) break;
      last = next;
    }
    return page.screenshot({ path, clip: { x: b.x + 10, y: b.y + 10, width: b.width - 20, height: b.height - 20 } });
  };
  const before = await picture('.tmp/canvas-e2e/before-save.png');

  const path = join(workDir, 'bygglov');
  dialogs.answerSave(path);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();
  const saved = JSON.parse(await readFile(`${path}.verkstad`, 'utf8'));
  const board = saved.boards[0];
  expect(board.shapes).toHaveLength(7);
  expect(board.connectors).toHaveLength(5);
  expect(board.shapes.map((s: { text: string }) => s.text)).toEqual(['Bygglov', ...steps.map(([, , , text]) => text)]);
  expect(board.shapes[0].props.lanes.map((l: { name: string }) => l.name)).toEqual(['Sökande', 'Handläggare', 'Nämnd']);
  for (const c of board.connectors) {
    expect(c.from.kind).toBe('shape');
    expect(c.to.kind).toBe('shape');
  }
  expect(board.connectors.map((c: { label: string }) => c.label)).toContain('Ja');

  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /bygglov/ }).click();
  await page.getByRole('tab', { name: 'Boards' }).click();
  await expect(canvas).toBeVisible();
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(400);
  const after = await picture('.tmp/canvas-e2e/after-reopen.png');
  expect(after.equals(before), 'the reopened board looks exactly as it did before saving').toBe(true);
});

test('places a shape and a connector with the keyboard alone', async ({ app }) => {
  const { page } = app;
  await blankBoard(page);
  const canvas = page.getByTestId('board-canvas');
  await canvas.focus();
  // Key 2 places an activity in the middle of the view, ready for its label.
  await page.keyboard.press('Digit2');
  await expect(page.getByTestId('canvas-text-editor')).toBeFocused();
  await page.keyboard.type('Ta emot');
  await page.keyboard.press('Enter');
  await expect(canvas).toBeFocused();
  // Alt+→ adds a connected shape to the right, again ready for its label.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByTestId('canvas-text-editor')).toBeFocused();
  await page.keyboard.type('Granska');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await expect(page.getByTestId('selection-count')).toHaveText('3 selected');
  // Tab walks the shapes; the shortcut sheet lists the keys.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('selection-count')).toHaveText('1 selected');
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts on the board' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: '.tmp/canvas-e2e/keyboard.png' });
});

test('board tabs: add, rename, duplicate, reorder and delete with undo', async ({ app }) => {
  const { page } = app;
  await blankBoard(page);
  const tabs = page.getByTestId('board-tab');
  await expect(tabs).toHaveText(['Board 1']);
  await tabs.first().dblclick();
  await page.getByTestId('board-name-input').fill('Nuläge');
  await page.keyboard.press('Enter');
  await expect(tabs).toHaveText(['Nuläge']);

  await page.getByTestId('board-add').click();
  await page.getByTestId('board-add-process').click();
  await expect(tabs).toHaveText(['Nuläge', 'Process map']);

  await page.getByTestId('board-menu').click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(tabs).toHaveText(['Nuläge', 'Process map', 'Process map (copy)']);

  await page.getByTestId('board-menu').click();
  await page.getByRole('menuitem', { name: 'Move left' }).click();
  await expect(tabs).toHaveText(['Nuläge', 'Process map (copy)', 'Process map']);

  await page.getByTestId('board-menu').click();
  await page.getByTestId('board-delete').click();
  await expect(tabs).toHaveText(['Nuläge', 'Process map']);
  await expect(page.getByTestId('canvas-message')).toContainText('Board “Process map (copy)” deleted.');
  await page.getByTestId('canvas-message').getByRole('button', { name: 'Undo' }).click();
  await expect(tabs).toHaveText(['Nuläge', 'Process map (copy)', 'Process map']);
});

test('copies and pastes shapes through the clipboard, and refuses a damaged clipboard', async ({ app }) => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const { canvas } = await blankBoard(page);
  await canvas.focus();
  await page.keyboard.press('Digit8');
  await page.keyboard.type('Idé');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Control+A');
  await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
  await page.evaluate(() => navigator.clipboard.writeText(JSON.stringify({ kind: 'verkstad.shapes', version: 1, shapes: [{ id: 1 }], connectors: [] })));
  await canvas.focus();
  await page.keyboard.press('Control+V');
  await expect(page.getByTestId('canvas-message')).toContainText('could not be read');
  await page.keyboard.press('Control+A');
  await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
});
