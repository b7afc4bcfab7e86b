import { expect, test } from './fixtures';

/**
 * Where the caret goes: a new workshop starts in its title, a new agenda item in its own title;
 * a menu left open closes when a dialog opens over it; an action form is empty once its action is added.
 */

test('a new workshop starts in its title, and a new agenda item in its own title', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workshop' }).click();
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await page.keyboard.type('Lead times, week 12');
  await expect(title).toHaveValue('Lead times, week 12');

  for (const name of ['Check-in', 'Lead times']) {
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    const itemTitle = page.getByTestId('agenda-row').last().getByLabel('Agenda item', { exact: true });
    await expect(itemTitle).toBeFocused();
    await page.keyboard.type(name);
    await expect(itemTitle).toHaveValue(name);
  }
  // Showing the Plan tab again leaves the focus where the user put it.
  await page.getByRole('tab', { name: 'Record' }).click();
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(title).not.toBeFocused();
});

test('an action form is empty again once its action is added, the origin too', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByRole('button', { name: 'Add agenda item' }).click();
  await page.getByTestId('agenda-row').last().getByLabel('Agenda item', { exact: true }).fill('Lead times');
  await page.getByRole('tab', { name: 'Record' }).click();
  await page.locator('main .mantine-SegmentedControl-root').first().getByText('Actions', { exact: true }).click();
  const form = page.getByTestId('action-form');
  await form.getByLabel('Action', { exact: true }).fill('Map the permit flow');
  await form.getByLabel('Owner').fill('Anna');
  await form.getByLabel('Due date').fill('2026-12-14');
  await form.getByLabel('Origin').click();
  await page.getByRole('option', { name: /Lead times/ }).click();
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText('Map the permit flow')).toBeVisible();
  await expect(form.getByLabel('Action', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('Owner')).toHaveValue('');
  await expect(form.getByLabel('Due date')).toHaveValue('');
  await expect(form.getByLabel('Origin')).toHaveValue('');

  // The dialog's form too: opened again, it starts empty.
  await page.keyboard.press('Control+Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Add action' });
  await dialog.getByLabel('Action', { exact: true }).fill('Call the archive');
  await dialog.getByLabel('Owner').fill('Bo');
  await dialog.getByLabel('Action', { exact: true }).press('Enter');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+Shift+A');
  await expect(dialog.getByLabel('Action', { exact: true })).toHaveValue('');
  await expect(dialog.getByLabel('Owner')).toHaveValue('');
});

test('a menu left open closes when a dialog opens over it', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByRole('tab', { name: 'Boards' }).click();
  await page.getByTestId('empty-add-blank').click();
  await page.getByTestId('board-add').click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Control+Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Add action' });
  await expect(dialog).toBeVisible();
  await expect(menu).toBeHidden();
  // The caret stays in the dialog, where the user is about to type.
  await expect(dialog.getByLabel('Action', { exact: true })).toBeFocused();
});
