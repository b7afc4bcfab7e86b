import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AppWindow } from '../../main/chromium/host';
import type { ScriptedDialogs } from '../../main/chromium/dialogs';
import { serializeWorkshop } from '../../shared/model/load';
import type { Language } from '../../shared/model/language';
import { reportWorkshop } from '../unit/helpers/reportWorkshop';
import { expect, test } from './fixtures';

/**
 * Every main screen and dialog through axe-core's WCAG 2.0, 2.1 and 2.2 A/AA rules in the Chromium
 * host, on a complete workshop (agenda with a finished run, process maps and value-stream maps,
 * attendance, actions, decisions, polls): no serious or critical violation anywhere. All that axe
 * finds, moderate and minor too, is written to .tmp/a11y/axe-<lang>.json for reading.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  nodes: string[];
}

async function sweep(page: Page, screen: string, findings: Finding[]) {
  // Mantine's transitions (150–200 ms) settle first, so axe reads the final colours.
  await page.waitForTimeout(300);
  // The PDF preview's iframe is the record's HTML, checked as a PDF by tests/pdf; axe waits
  // forever for an answer from inside it.
  const result = await new AxeBuilder({ page }).withTags(TAGS).exclude('iframe').options({ iframes: false }).analyze();
  for (const v of result.violations)
    findings.push({ screen, rule: v.id, impact: v.impact ?? 'unknown', nodes: v.nodes.slice(0, 8).map((n) => `${n.html.slice(0, 160)} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`) });
}

const serious = (findings: Finding[]) => findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

async function openWorkshop(app: AppWindow, dialogs: ScriptedDialogs, workDir: string, lang: Language) {
  const file = join(workDir, 'sweep.verkstad');
  const doc = reportWorkshop();
  await writeFile(file, serializeWorkshop({ ...doc, header: { ...doc.header, language: lang } }));
  dialogs.answerOpen(file);
  await app.emit('menu:command', { command: 'workshop.open' });
  await expect(app.page.getByTestId('document-name')).toHaveText('sweep.verkstad');
}

/** The workshop's own tabs (Plan, Boards, Run, Room, Record), by position: the names are in the app's language. */
const viewTab = (page: Page, index: number) => page.getByRole('tablist').first().getByRole('tab').nth(index);

/** Esc closes a dialog (a second Esc when the first only closed a field's dropdown). */
async function closeDialog(page: Page) {
  await page.keyboard.press('Escape');
  if (await page.getByRole('dialog').count()) await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The board menu, the board outline and every dialog (export board, add action, settings, export PDF, export Word), in the app's language. */
async function sweepDialogs(app: AppWindow, findings: Finding[]) {
  const { page } = app;
  await viewTab(page, 1).click();
  await page.getByTestId('board-menu').click();
  await sweep(page, 'board menu', findings);
  await page.keyboard.press('Escape');
  await page.getByTestId('outline-toggle').click();
  await expect(page.getByTestId('board-outline')).toBeVisible();
  await sweep(page, 'board outline', findings);
  await page.getByTestId('outline-toggle').click();
  await app.emit('menu:command', { command: 'board.exportImage' });
  await expect(page.getByRole('dialog')).toBeVisible();
  await sweep(page, 'export board dialog', findings);
  await closeDialog(page);
  await viewTab(page, 4).click();
  await app.emit('menu:command', { command: 'record.addAction' });
  await expect(page.getByRole('dialog')).toBeVisible();
  await sweep(page, 'add action dialog', findings);
  await closeDialog(page);
  await app.emit('menu:command', { command: 'app.settings' });
  await expect(page.getByRole('dialog')).toBeVisible();
  await sweep(page, 'settings dialog', findings);
  await closeDialog(page);
  await page.keyboard.press('Control+P');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').locator('iframe')).toBeVisible();
  await sweep(page, 'export PDF dialog', findings);
  await closeDialog(page);
  await app.emit('menu:command', { command: 'report.exportWord' });
  await expect(page.getByRole('dialog')).toBeVisible();
  await sweep(page, 'export Word dialog', findings);
  await closeDialog(page);
}

async function report(lang: string, findings: Finding[]) {
  await mkdir(join('.tmp', 'a11y'), { recursive: true });
  await writeFile(join('.tmp', 'a11y', `axe-${lang}.json`), JSON.stringify(findings, null, 2));
  return serious(findings).map((f) => `${f.screen}: ${f.impact} ${f.rule}\n    ${f.nodes.join('\n    ')}`);
}

test('every screen and dialog in English passes axe with no serious or critical violation', async ({ app, dialogs, workDir }) => {
  test.setTimeout(300_000);
  const { page } = app;
  const findings: Finding[] = [];
  await sweep(page, 'start', findings);
  await openWorkshop(app, dialogs, workDir, 'en');

  await viewTab(page, 0).click();
  await sweep(page, 'plan', findings);
  await viewTab(page, 1).click();
  const boardTabs = page.getByTestId('board-tab');
  await expect(boardTabs.first()).toBeVisible();
  for (let i = 0; i < (await boardTabs.count()); i++) {
    await boardTabs.nth(i).click();
    await expect(boardTabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    await sweep(page, `boards ${i + 1}`, findings);
  }
  await viewTab(page, 2).click();
  await sweep(page, 'run', findings);
  await viewTab(page, 3).click();
  await sweep(page, 'room', findings);
  await viewTab(page, 4).click();
  const sections = page.getByTestId('record-sections').locator('label');
  for (let i = 0; i < (await sections.count()); i++) {
    await sections.nth(i).click();
    await sweep(page, `record: ${await sections.nth(i).innerText()}`, findings);
  }
  await sweepDialogs(app, findings);

  expect(await report('en', findings)).toEqual([]);
});

for (const [lang, locale] of [
  ['sv', 'sv-SE'],
  ['nb', 'nb-NO'],
] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ osLocale: locale });

    test(`the main screens and dialogs in ${lang} pass axe with no serious or critical violation`, async ({ app, dialogs, workDir }) => {
      test.setTimeout(300_000);
      const { page } = app;
      const findings: Finding[] = [];
      await sweep(page, 'start', findings);
      await openWorkshop(app, dialogs, workDir, lang);
      for (const [i, screen] of ['plan', 'boards', 'run', 'room', 'record'].entries()) {
        await viewTab(page, i).click();
        await sweep(page, screen, findings);
      }
      await sweepDialogs(app, findings);
      expect(await report(lang, findings)).toEqual([]);
    });
  });
}
