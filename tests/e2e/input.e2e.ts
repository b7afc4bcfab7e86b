import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test.use({ osLocale: 'sv-SE' });

test('agenda minutes typed in Swedish are read exactly or refused with a message, never changed', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Ny workshop' }).click();
  await page.getByLabel('Starttid').fill('09:00');
  await page.getByRole('button', { name: 'Lägg till dagordningspunkt' }).click();
  const row = page.getByTestId('agenda-row').first();
  const minutes = row.getByLabel('Minuter');
  await minutes.fill('20');
  await expect(row.getByTestId('clock-range')).toHaveText('09:00–09:20');

  await minutes.fill('2,5');
  await expect(minutes).toHaveValue('2,5');
  await expect(row.getByText('Ange ett heltal: ”2,5” har decimaler.')).toBeVisible();
  await expect(row.getByTestId('clock-range')).toHaveText('09:00–09:20');

  await minutes.fill('-10');
  await expect(minutes).toHaveValue('-10');
  await expect(row.getByText('Värdet kan inte vara negativt.')).toBeVisible();
  await expect(row.getByTestId('clock-range')).toHaveText('09:00–09:20');

  await minutes.fill('1441');
  await expect(row.getByText('Värdet får vara högst 1 440.')).toBeVisible();

  await minutes.fill('45');
  await minutes.blur();
  await expect(row.getByTestId('clock-range')).toHaveText('09:00–09:45');
  await expect(row.getByText(/Värdet/)).toHaveCount(0);
});

test('a 5,000-character title is held to the file limit, said, drafted, and Save and Save as… still save', async ({ app, dialogs, host, workDir }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Ny workshop' }).click();
  const title = page.getByLabel('Rubrik', { exact: true });
  const long = 'Förbättringsgrupp '.repeat(300).slice(0, 5000);
  await title.focus();
  await page.keyboard.insertText(long);
  await expect(title).toHaveValue(/^Förbättringsgrupp/);
  expect((await title.inputValue()).length).toBe(500);
  await expect(page.getByTestId('text-counter')).toHaveText('500 / 500');
  // The same 5,000 characters pasted at the end of the full field: the field says why nothing came in.
  await title.evaluate((input: HTMLInputElement, text) => {
    const data = new DataTransfer();
    data.setData('text', text);
    input.setSelectionRange(input.value.length, input.value.length);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, long);
  await expect(page.getByText('Här får högst 500 tecken plats: den inklistrade texten var 5 000 tecken för lång och kom inte med helt.')).toBeVisible();

  // The crash-recovery copy is written with the title as the field holds it.
  const draftedTitle = async () => {
    const [draft] = await host.services.drafts.list();
    const read = draft ? await host.services.drafts.read(draft.draftId) : null;
    return read?.ok ? read.draft.document.header.title.length : 0;
  };
  await expect.poll(draftedTitle, { timeout: 15_000 }).toBe(500);
  await expect(page.getByTestId('notice')).toHaveCount(0);

  const path = join(workDir, 'lång');
  dialogs.answerSave(path);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();
  const saved = JSON.parse(await readFile(`${path}.verkstad`, 'utf8'));
  expect(saved.header.title).toHaveLength(500);

  const copy = join(workDir, 'kopia');
  dialogs.answerSave(copy);
  await page.getByRole('button', { name: 'Spara som…' }).click();
  await expect.poll(async () => JSON.parse(await readFile(`${copy}.verkstad`, 'utf8').catch(() => '{}')).header?.title?.length).toBe(500);
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();
});

test('a paste that does not fit says how much was left out', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Ny workshop' }).click();
  const title = page.getByLabel('Rubrik', { exact: true });
  await title.fill('Vecka 12');
  await title.evaluate((input: HTMLInputElement) => {
    const data = new DataTransfer();
    data.setData('text', 'x'.repeat(600));
    input.setSelectionRange(input.value.length, input.value.length);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText('Här får högst 500 tecken plats: den inklistrade texten var 108 tecken för lång och kom inte med helt.')).toBeVisible();
  await title.blur();
  await expect(page.getByText(/den inklistrade texten/)).toBeHidden();
});
