import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serializeWorkshop } from '../../shared/model/load';
import { reportWorkshop } from '../unit/helpers/reportWorkshop';
import { expect, test } from './fixtures';

/**
 * 200 % zoom on a 1366×768 screen: the page is laid out in 683×384 CSS pixels (what Chromium's
 * zoom does), drawn at twice the density. On every main screen each control can be scrolled to
 * and, once there, is the element on top at its centre: nothing is cut off out of reach and
 * nothing lies over it (WCAG 1.4.4 and 1.4.10's intent for a desktop app).
 */
test.use({ osLocale: 'sv-SE' });

interface Lost {
  what: string;
  why: string;
}

/** Every visible control: scrolled into view, then hit-tested at its centre. */
function checkControls(page: Page): Promise<Lost[]> {
  return page.evaluate(() => {
    const lost: { what: string; why: string }[] = [];
    const selector = 'button, a[href], input:not([type=radio]):not([type=checkbox]):not([type=hidden]), select, textarea, [role=tab], [role=radio], [tabindex="0"]';
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${el.getAttribute('data-testid') ?? ''}`;
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && !el.closest('[aria-hidden="true"], .visually-hidden'));
    for (const el of all) {
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
      if (r.right <= 0 || r.bottom <= 0 || r.left >= window.innerWidth || r.top >= window.innerHeight) {
        lost.push({ what: name(el), why: `out of reach at ${Math.round(r.left)},${Math.round(r.top)}` });
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      // A field's own unit or icon inside its box (Mantine's right section) is part of the field.
      const ownSection = el.matches('input, textarea') && el.parentElement?.contains(hit);
      if (hit && !ownSection && !el.contains(hit) && !hit.contains(el) && !(el.id && hit.closest(`label[for="${el.id}"]`))) lost.push({ what: name(el), why: `covered by ${name(hit)}` });
    }
    // Back to where the screen started, every scrolled box too.
    for (const box of document.querySelectorAll<HTMLElement>('*')) if (box.scrollTop || box.scrollLeft) box.scrollTo(0, 0);
    window.scrollTo(0, 0);
    return lost;
  });
}

test('at 200 % zoom on a 1366×768 screen the main screens lose no content', async ({ app, dialogs, workDir }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.setViewportSize({ width: 683, height: 384 });
  await mkdir('.tmp/zoom200', { recursive: true });
  const found: Record<string, Lost[]> = {};
  found.start = await checkControls(page);
  await page.screenshot({ path: '.tmp/zoom200/start.png' });

  const file = join(workDir, 'zoom.verkstad');
  const doc = reportWorkshop();
  await writeFile(file, serializeWorkshop({ ...doc, header: { ...doc.header, language: 'sv' } }));
  dialogs.answerOpen(file);
  await app.emit('menu:command', { command: 'workshop.open' });
  await expect(page.getByTestId('document-name')).toHaveText('zoom.verkstad');
  // The workshop's name stays readable in the top bar (it shrank to nothing beside the buttons).
  const name = await page.getByTestId('document-name').evaluate((el) => ({ shown: el.clientWidth, needed: el.scrollWidth }));
  expect(name.shown).toBeGreaterThanOrEqual(Math.min(name.needed, 90));
  await expect(page.getByRole('button', { name: 'Spara som…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stäng', exact: true })).toBeVisible();
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  for (const [i, screen] of ['plan', 'boards', 'run', 'room', 'record'].entries()) {
    await tabs.nth(i).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `.tmp/zoom200/${screen}.png` });
    found[screen] = await checkControls(page);
  }
  await writeFile('.tmp/zoom200/lost.json', JSON.stringify(found, null, 2));
  expect(Object.entries(found).flatMap(([screen, lost]) => lost.map((l) => `${screen}: ${l.what} ${l.why}`))).toEqual([]);
});
