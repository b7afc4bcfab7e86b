import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Every flow by keyboard alone: no click, no fill, no mouse; only Tab, arrows, Enter, shortcuts
 * and typed text, as a person without a mouse works. Each control reached by Tab must show where
 * the focus is (an outline or a ring; a text field's border changes colour, Mantine's own cue).
 */

/** Presses Tab (or Shift+Tab) until the target holds the focus; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  await expect(target).toBeAttached();
  const handle = await target.elementHandle();
  // Already there (the app put the focus where the user types next): nothing to press.
  if (await handle!.evaluate((el) => el === document.activeElement)) return;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await handle!.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) {
      const shown = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el.matches('input, textarea, [role="combobox"]')) return true;
        const s = getComputedStyle(el);
        return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';
      });
      expect(shown, `the focus is visible on ${await target.evaluate((el) => el.outerHTML.slice(0, 120))}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const focused = (page: Page) => page.locator(':focus');

/** Tab to one of the workshop's view tabs (Plan is the one in the tab order), then arrows to the one wanted. */
async function goToView(page: Page, name: string) {
  const list = page.getByRole('tablist').first();
  await tabTo(page, list.getByRole('tab', { selected: true }));
  for (let i = 0; i < 6 && !(await list.getByRole('tab', { name, selected: true }).count()); i++) await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('tab', { name, selected: true })).toBeVisible();
}

/** At 1366×768, a new workshop started from the start screen by Tab and Enter; the keys to go on with. */
async function newWorkshopByKeyboard(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await mkdir('.tmp/keyboard-e2e', { recursive: true });
  const key = (k: string) => page.keyboard.press(k);
  const type = (text: string) => page.keyboard.type(text);
  await tabTo(page, page.getByRole('button', { name: 'New workshop' }));
  await key('Enter');
  return { key, type };
}

test('plan an agenda, run the timer, record attendance and an action and export the PDF, by keyboard alone', async ({ app, dialogs, workDir }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const { key, type } = await newWorkshopByKeyboard(page);

  // Plan: the title, the start time and two agenda items with their minutes.
  await tabTo(page, page.getByLabel('Title', { exact: true }));
  await type('Improvement group, week 12');
  await tabTo(page, page.getByLabel('Start time'));
  await type('09:00');
  for (const [title, minutes] of [
    ['Check-in', '5'],
    ['Lead times', '30'],
  ] as const) {
    await tabTo(page, page.getByRole('button', { name: 'Add agenda item' }));
    await key('Enter');
    const row = page.getByTestId('agenda-row').last();
    await tabTo(page, row.getByLabel('Agenda item', { exact: true }), { back: !(await row.getByLabel('Agenda item', { exact: true }).evaluate((el) => el.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_PRECEDING)) });
    await type(title);
    await tabTo(page, row.getByLabel('Minutes'));
    await key('Control+A');
    await type(minutes);
  }
  const rows = page.getByTestId('agenda-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByLabel('Agenda item', { exact: true })).toHaveValue('Check-in');
  await expect(rows.nth(1).getByLabel('Minutes')).toHaveValue('30');
  await page.screenshot({ path: '.tmp/keyboard-e2e/plan.png' });

  // Run: start, the countdown runs, next item.
  await goToView(page, 'Run');
  await tabTo(page, page.getByTestId('run-start'));
  await key('Enter');
  await expect(page.getByTestId('run-current-title')).toHaveText('Check-in');
  await expect(page.getByTestId('countdown')).not.toHaveText('5:00', { timeout: 5_000 });
  await tabTo(page, page.getByTestId('run-next'), { back: true });
  await key('Enter');
  await expect(page.getByTestId('run-current-title')).toHaveText('Lead times');
  await page.screenshot({ path: '.tmp/keyboard-e2e/run.png' });

  // Record: a participant arrives; an action is added with its shortcut.
  await goToView(page, 'Record');
  await tabTo(page, page.getByTestId('participant-name'));
  await type('Anna Lind');
  await tabTo(page, page.getByLabel('Role or team'));
  await type('Case officer');
  await tabTo(page, page.getByRole('button', { name: 'Add', exact: true }));
  await key('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Arrived now: Anna Lind' }));
  await key('Enter');
  await expect(page.getByTestId('summary-present')).toHaveText('1 of 1 present');
  await key('Control+Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Add action' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Action', { exact: true })).toBeFocused();
  await type('Measure complete applications');
  await tabTo(page, dialog.getByLabel('Owner'));
  await type('Anna Lind');
  await key('Escape');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByLabel('Action', { exact: true }), { back: true });
  await key('Enter');
  await expect(dialog).toBeHidden();
  await tabTo(page, page.getByTestId('record-sections').getByRole('radio', { checked: true }), { back: true });
  for (let i = 0; i < 6 && !(await page.getByTestId('action-row').count()); i++) await key('ArrowRight');
  await expect(page.getByTestId('action-row')).toHaveCount(1);
  await expect(page.getByTestId('action-row')).toContainText('Measure complete applications');
  await page.screenshot({ path: '.tmp/keyboard-e2e/record.png' });

  // Export the PDF: the shortcut opens the dialog, Tab reaches Export….
  await key('Control+P');
  const pdf = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(pdf).toBeVisible();
  const out = join(workDir, 'record');
  dialogs.answerSave(out);
  await tabTo(page, pdf.getByRole('button', { name: 'Export…' }));
  await key('Enter');
  await expect(pdf.getByText('Saved “record.pdf”.')).toBeVisible({ timeout: 60_000 });
  expect(existsSync(`${out}.pdf`)).toBe(true);
  await key('Escape');
  await expect(pdf).toBeHidden();
  await expect(focused(page)).toHaveCount(1);
});

test('draw and connect two process shapes, and make a value-stream step and give it data, by keyboard alone', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const { key, type } = await newWorkshopByKeyboard(page);
  await goToView(page, 'Boards');
  await tabTo(page, page.getByRole('button', { name: 'Blank board' }));
  await key('Enter');

  // Two activities: a number key places one, its text is typed at once; Ctrl+A and K connect them.
  const canvas = page.getByTestId('board-canvas');
  await tabTo(page, canvas);
  await key('2');
  await type('Svarvning');
  await key('Enter');
  await key('2');
  await type('Fräsning');
  await key('Enter');
  await key('Control+A');
  await key('k');
  // The outline (reached from the canvas by Shift+Tab once nothing is selected) shows the connection.
  await key('Escape');
  await tabTo(page, page.getByRole('button', { name: 'Board outline' }), { back: true });
  await key('Enter');
  const outline = page.getByRole('complementary', { name: 'Board outline' });
  await expect(outline.getByTestId('outline-shape')).toHaveCount(2);
  await expect(outline.getByRole('list', { name: 'Connections' }).getByRole('listitem')).toHaveText(['Svarvning → Fräsning']);
  await page.screenshot({ path: '.tmp/keyboard-e2e/process.png' });
  // Tab goes on from the board into the outline: the canvas does not keep the focus.
  await tabTo(page, canvas, { back: true });
  await tabTo(page, outline.getByTestId('outline-item').first());

  // A value-stream map from the board menu's template; a new process step from the palette.
  await tabTo(page, page.getByTestId('board-add'), { back: true });
  await key('Enter');
  const template = page.getByTestId('board-add-vsm-manufacturing-current');
  await expect(page.getByRole('menu')).toBeVisible();
  for (let i = 0; i < 12 && !(await template.evaluate((el) => el === document.activeElement)); i++) await key('ArrowDown');
  await expect(template).toBeFocused();
  await key('Enter');
  await expect(page.getByTestId('vsm-panel')).toBeVisible();
  await tabTo(page, page.getByTestId('palette-vsmProcess'), { back: true });
  await key('Enter');
  // The new step's name is typed at once; Tab goes on to its data box's first value.
  await type('Montering');
  await key('Tab');
  await type('45');
  await key('Enter');
  const panel = page.getByTestId('vsm-panel');
  await expect(panel.getByTestId('vsm-field-name')).toHaveValue('Montering');
  await expect(panel.getByTestId('vsm-field-cycleTime')).toHaveValue('45');
  // And the side panel's fields are reached by Tab too (past the rest of the shapes and the
  // outline's items): change-over time.
  await tabTo(page, panel.getByTestId('vsm-field-changeover'), { max: 200 });
  await type('10');
  await key('Tab');
  await expect(panel.getByTestId('vsm-field-changeover')).toHaveValue('10');
  await page.screenshot({ path: '.tmp/keyboard-e2e/vsm.png' });
});
