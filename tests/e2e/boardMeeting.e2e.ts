import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { sampleTeamBoards } from '../../build/scripts/teamBoardSample';
import { newBoardMeeting } from '../../shared/kpi/meeting';
import { serializeWorkshop } from '../../shared/model/load';
import { hasPoppler, pdfText } from '../unit/main/report/pdfTools';
import { expect, test } from './fixtures';

/**
 * The weekly board meeting through the Chromium host, in Swedish as a Swedish team would use it:
 * set up the goal board and the improvement board, type and paste KPI values with a decimal
 * comma, run the meeting with the team boards on the projector, then a quarter of weekly
 * meetings, each made from the one before, with the history carried forward; the record and the
 * two A3 boards in the PDF; the coordinator overview of the folder.
 */
test.use({ osLocale: 'sv-SE' });

const SHOTS = process.env.VERKSTAD_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

/** A paste from Excel: tab-separated text on the clipboard, delivered to the focused cell. */
async function pasteInto(page: Page, selector: string, text: string) {
  await page.locator(selector).evaluate((input, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    (input as HTMLInputElement).focus();
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

const dueCell = (page: Page, row = 0) => page.locator('.value-grid-table tbody tr').nth(row).locator('td.due input');

test('a quarter of weekly board meetings: boards, values, projector, next meeting from the previous, record and overview', async ({ app, dialogs, workDir }) => {
  test.setTimeout(600_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });

  // A new board meeting comes with its boards and the weekly agenda.
  await page.getByTestId('new-board-meeting').click();
  await page.getByRole('tab', { name: 'Tavlor' }).click();
  await expect(page.getByTestId('goal-board-view')).toBeVisible();

  // Goals and KPIs: a goal and a KPI in the first area.
  await page.getByTestId('goal-board-subviews').getByText('Mål och nyckeltal').click();
  await page.getByTestId('team-name').fill('Bygglovsenheten');
  await page.getByTestId('goal-add').first().click();
  await page.getByTestId('goal-text').first().fill('Rätt från början');
  await page.getByTestId('kpi-add').first().click();
  const panel = page.getByTestId('kpi-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('kpi-name').fill('Kompletta ansökningar');
  await panel.getByTestId('kpi-target').fill('90');
  await panel.getByTestId('kpi-target').press('Tab');
  await panel.getByTestId('kpi-tolerance').fill('2,5');
  await panel.getByTestId('kpi-tolerance').press('Tab');
  await expect(panel.getByText('Gult från 90 till 87,5, rött bortom 87,5.')).toBeVisible();
  // A tolerance against the direction is flagged, in words.
  await panel.getByTestId('kpi-tolerance').fill('-5');
  await panel.getByTestId('kpi-tolerance').press('Tab');
  await expect(panel.getByText(/En negativ tolerans/)).toBeVisible();
  await panel.getByTestId('kpi-tolerance').fill('2,5');
  await panel.getByTestId('kpi-tolerance').press('Tab');
  // A target that is not a number is refused in the field and never stored.
  await panel.getByTestId('kpi-target').fill('nittio');
  await panel.getByTestId('kpi-target').press('Tab');
  await expect(panel.getByText('Skriv ett tal, t.ex. 92,5.')).toBeVisible();
  await panel.getByTestId('kpi-target').fill('90');
  await panel.getByTestId('kpi-target').press('Tab');

  // Values: typed with a decimal comma, text kept and marked, a block pasted from Excel.
  await page.getByTestId('goal-board-subviews').getByText('Värden').click();
  await dueCell(page).fill('88,5');
  await dueCell(page).press('Enter');
  await expect(page.locator('.value-grid-table tbody tr').first().locator('[data-status]')).toHaveAttribute('data-status', 'yellow');
  const firstCell = '.value-grid-table tbody tr:first-child td:nth-child(2) input';
  await pasteInto(page, firstCell, '81,5\t82\t83\r\n');
  await expect(page.getByTestId('grid-message')).toHaveText('3 värden inklistrade.');
  await pasteInto(page, firstCell, '1\t2\n3\t4\n');
  await expect(page.getByTestId('grid-message')).toContainText('2 × 2');
  await expect(page.getByTestId('grid-message')).toContainText('högst 1 × 8');
  const secondCell = '.value-grid-table tbody tr:first-child td:nth-child(5) input';
  await page.locator(secondCell).fill('saknas');
  await page.locator(secondCell).press('Enter');
  await expect(page.locator(secondCell)).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'values');

  // The checklist before the meeting names the text value.
  await page.getByTestId('checklist-button').click();
  await expect(page.getByTestId('checklist')).toContainText('Nyckeltal med värden som inte är tal');
  await page.keyboard.press('Escape');

  // The improvement board: a suggestion, moved into progress, made into an action.
  await page.getByTestId('team-boards-switch').getByText('Förbättringstavla').click();
  await page.getByTestId('card-add').click();
  await page.getByTestId('card-problem').fill('Ansökningar saknar ritningar');
  await page.getByTestId('card-idea').fill('Checklista på webben');
  await page.getByTestId('card-who').fill('Anna Lind');
  await page.getByTestId('card-save').click();
  await expect(page.getByTestId('column-new').getByTestId('improvement-card')).toHaveCount(1);
  await page.getByTestId('card-menu').click();
  await page.getByTestId('card-move-inProgress').click();
  await expect(page.getByTestId('column-inProgress').getByTestId('improvement-card')).toHaveCount(1);
  await expect(page.getByTestId('wip-inProgress')).toHaveText(/1\/3 små · 0\/2 projekt/);
  await page.getByTestId('column-inProgress').getByText('Checklista på webben').dblclick();
  await page.getByTestId('card-action-owner').fill('Omar Haddad');
  await page.getByTestId('card-action-create').click();
  await expect(page.getByTestId('card-action')).toContainText('Omar Haddad');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('card-action-badge')).toBeVisible();
  await shot(page, 'improvement');

  dialogs.answerSave(join(workDir, 'vecka-01'));
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();

  // Run the meeting: during the KPI round the projector shows the goal board with the countdown.
  await page.getByRole('tab', { name: 'Kör' }).click();
  await page.getByTestId('projector-toggle').click();
  await expect.poll(() => app.projector !== null).toBe(true);
  const projector = app.projector!;
  await page.getByTestId('run-start').click();
  await expect(projector.getByTestId('projector-title')).toHaveText('Incheckning');
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-team-board', 'goalBoard');
  await expect(projector.getByTestId('projector-title')).toHaveText(/^Nyckeltal/);
  await expect(projector.getByTestId('projector-team-board')).toBeVisible();
  await projector.setViewportSize({ width: 1280, height: 720 });
  if (SHOTS) await projector.screenshot({ path: join(SHOTS, 'projector-goal.png') });
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-team-board', 'improvementBoard');
  if (SHOTS) await projector.screenshot({ path: join(SHOTS, 'projector-improvement.png') });
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByTestId('projector')).not.toHaveAttribute('data-team-board', /./);
  await projector.keyboard.press('Escape');
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('unsaved-marker')).toBeHidden();

  // A quarter of weekly meetings, each made from the one before; every week's value is typed.
  const first = JSON.parse(await readFile(join(workDir, 'vecka-01.verkstad'), 'utf8'));
  for (let week = 2; week <= 13; week++) {
    const name = `vecka-${String(week).padStart(2, '0')}`;
    dialogs.answerSave(join(workDir, name));
    await page.getByRole('tab', { name: 'Tavlor' }).click();
    await page.getByTestId('next-meeting').click();
    await expect(page.getByTestId('document-name')).toHaveText(`${name}.verkstad`);
    await page.getByRole('tab', { name: 'Tavlor' }).click();
    await page.getByTestId('goal-board-subviews').getByText('Värden').click();
    // The meeting is a week later, so its due week is the next column.
    await dueCell(page).fill(`${85 + week * 0.5}`.replace('.', ','));
    await dueCell(page).press('Enter');
    await page.keyboard.press('Control+S');
    await expect(page.getByTestId('unsaved-marker')).toBeHidden();
  }
  await shot(page, 'quarter-values');

  const last = JSON.parse(await readFile(join(workDir, 'vecka-13.verkstad'), 'utf8'));
  const kpi = last.teamBoards.goalBoard.kpis[0];
  // Week 1's five values (one of them text), then one per week for twelve weeks.
  expect(kpi.entries.filter((e: { value: number | null }) => e.value !== null)).toHaveLength(4 + 12);
  expect(kpi.entries.some((e: { text: string }) => e.text === 'saknas')).toBe(true);
  expect(kpi.entries.slice(0, 5)).toEqual(first.teamBoards.goalBoard.kpis[0].entries.slice(0, 5));
  expect(last.header.date).toBe(new Date(Date.parse(`${first.header.date}T00:00:00Z`) + 12 * 7 * 86_400_000).toISOString().slice(0, 10));
  expect(last.teamBoards.improvementBoard.cards).toHaveLength(1);
  expect(last.teamBoards.improvementBoard.cards[0].carriedFrom).not.toBeNull();
  expect(last.actions).toHaveLength(1);
  expect(last.teamBoards.improvementBoard.cards[0].actionId).toBe(last.actions[0].id);
  expect(last.followsWorkshop.fileName).toBe('vecka-12.verkstad');

  // The record with both boards as A3 landscape pages.
  await page.keyboard.press('Control+P');
  const dialog = page.getByRole('dialog');
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('heading', { name: /^Målstyrningstavla – Bygglovsenheten/ })).toBeVisible({ timeout: 30_000 });
  const out = join(workDir, 'protokoll');
  dialogs.answerSave(out);
  await dialog.getByRole('button', { name: /Exportera/ }).click();
  await expect(dialog.getByText(/Sparade/)).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('Escape');
  // Two A3 landscape pages (read with pdf-lib; A3 is 1190.55 × 841.89 pt), and the words where
  // poppler-utils is there to read them.
  const pdf = await PDFDocument.load(await readFile(`${out}.pdf`), { updateMetadata: false });
  const a3 = pdf.getPages().map((p) => p.getSize()).filter(({ width, height }) => Math.abs(width - 1190.55) < 1 && Math.abs(height - 841.89) < 1);
  expect(a3).toHaveLength(2);
  if (hasPoppler) {
    const text = pdfText(`${out}.pdf`);
    expect(text).toContain('Tavelmöte: nyckeltal');
    expect(text).toContain('Kompletta ansökningar');
  }

  // The coordinator overview lists the team once, at its newest meeting.
  await page.getByRole('button', { name: 'Stäng' }).click();
  await page.getByTestId('open-overview').click();
  dialogs.answerFolder(workDir);
  await page.getByRole('button', { name: 'Välj mapp…' }).last().click();
  await page.getByTestId('overview-teams-tab').click();
  await expect(page.getByTestId('team-row')).toHaveCount(1);
  await expect(page.getByTestId('team-row')).toContainText('Bygglovsenheten');
  await expect(page.getByTestId('team-row')).toContainText('vecka-13.verkstad');
  await shot(page, 'overview-teams');
});

test('the goal board draws only the tile whose KPI changed; each canvas keeps its own bitmaps', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const doc = newBoardMeeting('sv', '2026-03-19', new Date('2026-03-19T07:00:00Z'));
  doc.teamBoards = sampleTeamBoards({ kpis: 12, weeks: 104, cards: 4, until: '2026-03-19' });
  const file = join(workDir, 'team.verkstad');
  await writeFile(file, serializeWorkshop(doc));
  dialogs.answerOpen(file);
  await app.emit('menu:command', { command: 'workshop.open' });
  const canvas = page.getByTestId('goal-board-view').getByTestId('goal-board-canvas');
  // Opened on the goal board: every tile drawn once.
  await expect(canvas).toHaveAttribute('data-tiles-drawn', '12');
  await shot(page, 'goal-board');

  // One value typed in a KPI's panel: that tile alone is drawn again, the other eleven are copied.
  await page.getByTestId('kpi-list-item').nth(3).click();
  const cell = page.getByTestId('kpi-panel').locator('input.kpi-cell').first();
  await cell.waitFor();
  for (const [i, value] of ['41,5', '42', '43,25'].entries()) {
    const painted = Number(await canvas.getAttribute('data-painted'));
    await cell.fill(value);
    await cell.press('Enter');
    await expect.poll(async () => Number(await canvas.getAttribute('data-painted'))).toBeGreaterThan(painted);
    await expect(canvas).toHaveAttribute('data-tiles-drawn', String(13 + i));
  }
  // A comment changes that KPI too: its tile alone is drawn again.
  await page.getByTestId('kpi-panel').locator('input.kpi-comment').first().fill('Semestervecka');
  await page.getByTestId('kpi-panel').locator('input.kpi-comment').first().press('Enter');
  await expect(canvas).toHaveAttribute('data-tiles-drawn', '16');
  await shot(page, 'goal-board-edited');

  // A new scale (the window narrower) draws every tile again at the new size, sharp.
  await page.setViewportSize({ width: 1100, height: 768 });
  await expect(canvas).toHaveAttribute('data-tiles-drawn', String(16 + 12));
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(canvas).toHaveAttribute('data-tiles-drawn', String(16 + 24));

  // Values read from a CSV file (the preview reads it against the board as it is): two KPIs'
  // tiles are drawn again, no other.
  const csv = join(workDir, 'varden.csv');
  await writeFile(csv, 'Nyckeltal;Vecka;Värde\nLedtid bygglov;2026-W11;27,5\nSjukfrånvaro;2026-W11;4,9\nOkänt;2026-W11;1\n');
  dialogs.answerOpen(csv);
  await page.getByTestId('csv-button').click();
  await expect(page.getByTestId('csv-summary')).toHaveText('2 värden för 2 nyckeltal importeras.');
  await expect(page.getByTestId('csv-problems')).toContainText('Okänt');
  await page.getByTestId('csv-confirm').click();
  await expect(page.getByTestId('csv-import')).toHaveCount(0);
  await expect(canvas).toHaveAttribute('data-tiles-drawn', String(40 + 2));

  // The board presented full screen is another canvas with bitmaps of its own.
  await page.getByTestId('goal-board-present').click();
  await expect(page.getByTestId('goal-board-presenting').getByTestId('goal-board-canvas')).toHaveAttribute('data-tiles-drawn', '12');
  await shot(page, 'goal-board-presented');
});
