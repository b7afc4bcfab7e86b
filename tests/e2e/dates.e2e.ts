import { expect, test } from './fixtures';

for (const { locale, language, newWorkshop, date, typed, month, weekdays } of [
  { locale: 'sv-SE', language: 'sv', newWorkshop: 'Ny workshop', date: 'Datum', typed: '2026-11-30', month: 'november 2026', weekdays: ['må', 'ti', 'on', 'to', 'fr', 'lö', 'sö'] },
  { locale: 'nb-NO', language: 'nb', newWorkshop: 'Ny workshop', date: 'Dato', typed: '30.11.2026', month: 'november 2026', weekdays: ['ma', 'ti', 'on', 'to', 'fr', 'lø', 'sø'] },
] as const) {
  test.describe(language, () => {
    test.use({ osLocale: locale });

    test(`the date picker in ${language}: month as the language writes it, Monday first, ISO week numbers`, async ({ app }) => {
      const { page } = app;
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByRole('button', { name: newWorkshop }).click();
      const field = page.getByLabel(date, { exact: true });
      await field.fill(typed);
      await field.blur();
      await field.click();
      const level = page.getByRole('button', { name: month, exact: true });
      await expect(level).toBeVisible();
      // As the language writes it on screen too, not capitalised by the calendar's style.
      expect(await level.evaluate((el) => (el as HTMLElement).innerText)).toBe(month);
      const calendar = page.getByRole('table');
      // The first column is the week number, then the days from Monday.
      await expect(calendar.getByRole('columnheader')).toHaveText(['#', ...weekdays]);
      expect(await calendar.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText))).toEqual(['#', ...weekdays]);
      // November 2026 begins on a Sunday: its rows are ISO weeks 44 (26 Oct–1 Nov) to 49 (30 Nov–6 Dec).
      const weeks = calendar.getByRole('row').filter({ has: page.getByRole('cell') }).locator('> :first-child');
      await expect(weeks).toHaveText(['44', '45', '46', '47', '48', '49']);
      await page.screenshot({ path: `.tmp/date-picker-${language}.png` });
    });
  });
}
