import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The laptop (1366×768) and projector (1280×720) screens in Swedish, the language with the longest
 * words: no text is cut off ("10:", "Kom se…"), the timeline ladder fits, the map does not move
 * when the ladder appears, and the board's overview can be folded away and stays folded.
 * VERKSTAD_SHOTS=<folder> keeps a screenshot of each view to look at.
 */
test.use({ osLocale: 'sv-SE' });

const SHOTS = process.env.VERKSTAD_SHOTS;

/**
 * Every visible element with text of its own (or a field) whose text is cut: wider than its box,
 * or reaching past the window's sides where nothing can scroll to it.
 */
async function cutText(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (el: Element | null): boolean => {
      for (let at = el?.parentElement ?? null; at; at = at.parentElement) {
        const overflow = getComputedStyle(at).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && at.scrollWidth > at.clientWidth) return true;
      }
      return false;
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${((el as HTMLInputElement).value || el.textContent || '').trim().slice(0, 40)}"`;
    for (const el of document.querySelector(rootSelector)?.querySelectorAll('*') ?? []) {
      if (!(el instanceof HTMLElement)) continue;
      const box = el.getBoundingClientRect();
      // Nothing drawn, or text for screen readers only.
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
      const isField = el instanceof HTMLInputElement && el.type !== 'hidden' && el.type !== 'checkbox' && el.type !== 'radio';
      const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (!isField && !hasText) continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`cut (${el.scrollWidth} > ${el.clientWidth} px): ${name(el)}`);
      if ((box.right > width + 0.5 || box.left < -0.5) && !scrollsSideways(el)) found.push(`outside the window (${Math.round(box.left)}–${Math.round(box.right)} of ${width}): ${name(el)}`);
    }
    return found;
  }, root);
}

async function look(page: Page, view: string, size: { width: number }) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${view}-${size.width}.png` });
  expect(await cutText(page), `${view} at ${size.width} px`).toEqual([]);
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`at ${size.width}×${size.height} in Swedish nothing is cut off and the map stays put`, async ({ app }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Ny workshop' }).click();
    await page.getByLabel('Starttid').fill('09:00');
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });

    // Attendance: arrival times and the late/on-time badges in full.
    await tab('Minnesanteckningar').click();
    for (const name of ['Anna Lindqvist-Söderberg', 'Bo Ek']) {
      await page.getByTestId('participant-name').fill(name);
      await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    }
    await page.getByRole('button', { name: 'Kom nu: Anna Lindqvist-Söderberg' }).click();
    await page.getByLabel('Ankomsttid för Anna Lindqvist-Söderberg').fill('10:12');
    await page.getByRole('button', { name: 'Kom nu: Bo Ek' }).click();
    await page.getByLabel('Ankomsttid för Bo Ek').fill('09:00');
    await expect(page.getByTestId('late-badge')).toHaveText('Kom sent, 72 min');
    await look(page, 'record', size);

    await tab('Planering').click();
    await page.getByRole('button', { name: 'Lägg till dagordningspunkt' }).click();
    await look(page, 'plan', size);
    await tab('Kör').click();
    await look(page, 'run', size);

    // A value-stream map: the ladder in full under it.
    await tab('Tavlor').click();
    await page.getByTestId('empty-add-vsm-manufacturing').click();
    const ladder = page.getByTestId('vsm-ladder');
    await expect(page.getByTestId('vsm-ladder-step')).toHaveCount(4);
    // The stage settles its first drawing before a picture is taken for a person to look at.
    if (SHOTS) await page.waitForTimeout(1000);
    await look(page, 'vsm', size);
    const ladderFits = await ladder.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(ladderFits[0], 'the ladder is not cut on the right').toBeLessThanOrEqual(ladderFits[1]!);

    // The map does not move when the ladder appears: without a flow (everything deleted) and with
    // one (undone), the canvas has the same place and size.
    const canvas = page.getByTestId('board-canvas');
    const withLadder = await canvas.boundingBox();
    await canvas.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect(ladder).toHaveClass(/empty/);
    expect(await canvas.boundingBox()).toEqual(withLadder);
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('vsm-ladder-step')).toHaveCount(4);
    expect(await canvas.boundingBox()).toEqual(withLadder);

    // The overview appears once the board is larger than the view; folded away, it stays folded.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zooma in' }).click();
    const minimap = page.getByTestId('minimap');
    await expect(minimap).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/minimap-${size.width}.png` });
    await page.getByTestId('minimap-hide').click();
    await expect(minimap).toHaveCount(0);
    await expect(page.getByTestId('minimap-show')).toBeVisible();
    await tab('Planering').click();
    await tab('Tavlor').click();
    await expect(page.getByTestId('minimap-show')).toBeVisible();
    await expect(minimap).toHaveCount(0);
    expect(await page.evaluate(() => window.verkstad.invoke('settings:get').then((s) => s.minimapCollapsed))).toBe(true);
    await page.getByTestId('minimap-show').click();
    await expect(minimap).toBeVisible();
  });

  test(`at ${size.width}×${size.height} the board meeting's boards and "Nästa möte från det här…" are whole`, async ({ app }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await page.setViewportSize(size);
    await page.getByTestId('new-board-meeting').click();
    await page.getByRole('tab', { name: 'Tavlor', exact: true }).click();
    await expect(page.getByTestId('goal-board-view')).toBeVisible();
    await expect(page.getByTestId('next-meeting')).toHaveText('Nästa möte från det här…');
    await look(page, 'goal-board', size);
    await page.getByTestId('team-boards-switch').getByText('Förbättringstavla').click();
    await look(page, 'improvement-board', size);
  });
}
