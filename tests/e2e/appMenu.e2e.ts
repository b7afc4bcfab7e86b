import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/**
 * The Chromium host has no native menu bar, so it shows the app's menu in the top bar, built from
 * the same template as Electron's: File › Export › Agenda handout (PDF)… and the canvas's commands
 * are reachable there, in the user's language.
 */
test.use({ osLocale: 'sv-SE' });

test('the in-app menu exports the agenda and runs a canvas command, in Swedish', async ({ app, dialogs, workDir }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  // On the start screen already: New, Open, Settings…
  await expect(page.getByTestId('app-menu')).toBeVisible();
  await page.getByRole('button', { name: 'Ny workshop' }).click();
  await page.getByLabel('Rubrik', { exact: true }).fill('Ledtider vecka 12');
  await page.getByRole('button', { name: 'Lägg till dagordningspunkt' }).click();
  await page.getByTestId('agenda-row').last().getByLabel('Dagordningspunkt', { exact: true }).fill('Incheckning');

  const menu = page.getByTestId('app-menu');
  await menu.click();
  await page.getByRole('menuitem', { name: 'Arkiv' }).hover();
  await page.getByRole('menuitem', { name: 'Exportera' }).hover();
  const item = page.getByRole('menuitem', { name: /Dagordning som PDF…/ });
  await expect(item).toBeVisible();
  await page.screenshot({ path: '.tmp/app-menu-export-sv.png' });
  await item.click();
  const dialog = page.getByRole('dialog', { name: 'Exportera dagordning' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  const out = join(workDir, 'dagordning');
  dialogs.answerSave(out);
  await dialog.getByRole('button', { name: 'Exportera…' }).click();
  await expect(dialog.getByText(/Sparade/)).toBeVisible({ timeout: 60_000 });
  expect(existsSync(`${out}.pdf`)).toBe(true);
  await dialog.getByRole('button', { name: 'Stäng' }).first().click();

  // A canvas command from the menu: View › Zoom in on a board.
  await page.getByRole('tab', { name: 'Tavlor', exact: true }).click();
  await page.getByTestId('empty-add-blank').click();
  const zoom = page.getByTestId('zoom-label');
  const before = await zoom.textContent();
  await menu.click();
  await page.getByRole('menuitem', { name: 'Visa' }).hover();
  const zoomIn = page.getByRole('menuitem', { name: /Zooma in/ });
  // The label and the key as the native menu has them ("+").
  await expect(zoomIn).toHaveText('Zooma in+');
  await page.screenshot({ path: '.tmp/app-menu-view-sv.png' });
  await zoomIn.click();
  await expect(zoom).not.toHaveText(before ?? '');
});
