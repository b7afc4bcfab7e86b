import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The projector is read from across a room: its text meets WCAG's enhanced contrast (7:1, 4.5:1
 * for large text), checked by axe's color-contrast-enhanced rule in every state it shows — waiting,
 * running, under 20 % left, paused, time up and overtime — and with a board behind the countdown.
 */
const START = '2026-11-23T09:00:00';
const INSTALL_AT = new Date(new Date(START).getTime() - 60_000);
const MIN = 60_000;

async function enhanced(projector: Page, state: string): Promise<string[]> {
  await projector.bringToFront();
  await projector.waitForTimeout(500);
  const result = await new AxeBuilder({ page: projector }).withRules(['color-contrast-enhanced']).setLegacyMode().analyze();
  const fromRule = result.violations.flatMap((v) => v.nodes.map((n) => `${state}: ${n.html.slice(0, 100)} ${n.any[0]?.message ?? ''}`));
  const measured = await projector.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r!, g!, b!, a ?? 1];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3] + under[3] * (1 - top[3]);
      return a === 0 ? [0, 0, 0, 0] : [0, 1, 2].map((i) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a).concat(a) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba) => [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) layers.push(parse(getComputedStyle(node).backgroundColor));
      return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1] as Rgba);
    };
    const low: string[] = [];
    let checked = 0;
    for (const el of document.querySelectorAll('.projector *')) {
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      if (!text || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || el.closest('[aria-hidden="true"]')) continue;
      const style = getComputedStyle(el);
      const bg = background(el);
      const fg = over(parse(style.color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
      checked++;
      if (ratio < (large ? 4.5 : 7)) low.push(`“${text.slice(0, 30)}” ${ratio.toFixed(2)}:1 at ${size}px`);
    }
    return { low, checked };
  });
  console.log(`${state}: ${measured.checked} texts measured, axe's rule ${result.inapplicable.some((r) => r.id === 'color-contrast-enhanced') ? 'inapplicable' : 'ran'}; below: ${measured.low.join(' | ') || 'none'}`);
  expect(measured.checked, `${state}: text measured`).toBeGreaterThan(0);
  return [...fromRule, ...measured.low.map((l) => `${state}: ${l}`)];
}

test('the projector’s text has at least 7:1 contrast in every state', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Förbättringsgrupp');
  await page.getByLabel('Date').fill('2026-11-23');
  await page.getByLabel('Start time').fill('09:00');
  for (const [title, minutes] of [
    ['Check-in', '5'],
    ['Board review', '10'],
  ] as const) {
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const row = page.getByTestId('agenda-row').last();
    await row.getByLabel('Agenda item', { exact: true }).fill(title);
    await row.getByLabel('Minutes').fill(minutes);
  }
  await page.getByRole('tab', { name: 'Boards' }).click();
  await page.getByTestId('empty-add-process').click();
  await page.clock.install({ time: INSTALL_AT });
  await page.clock.pauseAt(new Date(START));
  // The clock belongs to the whole context, the projector too: axe needs its timers to run, so
  // time flows again (fast-forwards still jump to each state).
  await page.clock.resume();
  await page.getByRole('tab', { name: 'Run' }).click();
  await page.getByTestId('projector-toggle').click();
  await expect.poll(() => app.projector !== null).toBe(true);
  const projector = app.projector!;
  await projector.setViewportSize({ width: 1280, height: 720 });
  const found: string[] = [];
  await expect(projector.getByTestId('projector-title')).toHaveText('Starts soon');
  found.push(...(await enhanced(projector, 'waiting')));

  await page.getByTestId('run-start').click();
  await expect(projector.getByTestId('countdown')).toHaveText('5:00');
  found.push(...(await enhanced(projector, 'running')));
  await page.clock.fastForward(4 * MIN + 10_000);
  await expect(projector.getByTestId('projector-tone')).toBeVisible();
  found.push(...(await enhanced(projector, 'under 20 %')));
  await page.getByTestId('run-pause').click();
  await expect(projector.getByTestId('projector-paused')).toBeVisible();
  found.push(...(await enhanced(projector, 'paused')));
  await page.getByTestId('run-resume').click();
  await page.clock.fastForward(MIN);
  await expect(projector.getByTestId('countdown')).toContainText('+');
  found.push(...(await enhanced(projector, 'time up, overtime')));
  await projector.screenshot({ path: '.tmp/projector-overtime.png' });

  await page.getByTestId('projector-board-toggle').check();
  await expect(projector.getByTestId('projector-board')).toBeVisible();
  found.push(...(await enhanced(projector, 'with the board')));
  await projector.screenshot({ path: '.tmp/projector-board.png' });
  expect(found).toEqual([]);
});
