import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newActionItem, newWorkshop } from '../../shared/model/defaults';
import { serializeWorkshop } from '../../shared/model/load';
import { expect, test } from './fixtures';

test.use({ osLocale: 'sv-SE' });

test('counts on the record take the Swedish plural form: 1 öppen åtgärd, 1 försenad; 2 öppna åtgärder, 2 försenade', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const doc = newWorkshop();
  doc.header.title = 'Veckomöte';
  doc.actions = [newActionItem({ what: 'Mät ledtiden', owner: 'Anna Lind', dueDate: '2020-01-10' })];
  const one = join(workDir, 'en.verkstad');
  await writeFile(one, serializeWorkshop(doc));
  doc.actions.push(newActionItem({ what: 'Gemensam inkorg', owner: 'Bo Ek', dueDate: '2020-02-01' }));
  const two = join(workDir, 'två.verkstad');
  await writeFile(two, serializeWorkshop(doc));

  dialogs.answerOpen(one);
  await page.getByRole('button', { name: 'Öppna…' }).first().click();
  await page.getByRole('tab', { name: 'Minnesanteckningar' }).click();
  const summary = page.locator('.record-summary');
  await expect(summary.getByText('1 öppen åtgärd', { exact: true })).toBeVisible();
  await expect(page.getByTestId('summary-overdue')).toHaveText('1 försenad');

  await page.getByRole('button', { name: 'Stäng' }).first().click();
  dialogs.answerOpen(two);
  await page.getByRole('button', { name: 'Öppna…' }).first().click();
  await page.getByRole('tab', { name: 'Minnesanteckningar' }).click();
  await expect(summary.getByText('2 öppna åtgärder', { exact: true })).toBeVisible();
  await expect(page.getByTestId('summary-overdue')).toHaveText('2 försenade');
});
