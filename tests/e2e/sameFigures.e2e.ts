import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { catalogues } from '../../shared/i18n';
import { parseWorkshopText } from '../../shared/model/load';
import { buildReport } from '../../shared/report/buildReport';
import { metricsText } from '../../shared/vsm/report';
import { vsmBoardsOf } from '../../shared/vsm/boards';
import { expect, test } from './fixtures';

/**
 * One value-stream map, read in the three places a facilitator meets its figures: the side panel
 * and the canvas (this Chromium host), the PDF record (the report's HTML, which Chromium prints)
 * and `verkstad metrics` (its text). Every figure must be the same characters in all three.
 */
test.use({ osLocale: 'sv-SE' });

const fixture = fileURLToPath(new URL('../fixtures/v2/vsm.verkstad', import.meta.url));

test('the screen, the PDF and the command line show the same figures of one value-stream map', async ({ app, dialogs, workDir }) => {
  const { page } = app;
  const sv = catalogues.sv;
  const path = join(workDir, 'vsm.verkstad');
  await copyFile(fixture, path);
  const loaded = parseWorkshopText(await readFile(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.detail);
  const doc = loaded.document;

  // The command line: `verkstad metrics`, first map.
  const cli = new Map<string, string>();
  for (const line of metricsText(vsmBoardsOf(doc), 'sv').split('\n\n')[0]!.split('\n').slice(1)) {
    const match = /^ {2}(\S.*?)\s{2,}(\S.*)$/.exec(line);
    if (match) cli.set(match[1]!, match[2]!);
  }
  // The PDF: the first map's table of figures, and the bottleneck tags drawn into its picture.
  const report = new JSDOM(buildReport(doc, { language: 'sv', today: '2026-11-30', timeZone: 'Europe/Stockholm' }, { fonts: [] }).html).window.document;
  const pdf = new Map<string, string>();
  for (const row of report.querySelectorAll('table.vsm-metrics')[0]!.querySelectorAll('tbody tr')) pdf.set(row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? '');
  const pictures = [...report.querySelectorAll('.board-page svg')].map((svg) => svg.textContent ?? '').join(' ');

  // The screen.
  dialogs.answerOpen(path);
  await page.getByRole('button', { name: sv.start.open }).click();
  await page.getByRole('tab', { name: sv.canvas.tab }).click();
  await expect(page.getByTestId('vsm-panel')).toBeVisible();
  await page.getByTestId('vsm-tab-metrics').click();
  await expect(page.getByTestId('vsm-value-takt')).toHaveText('60 s');
  const v = sv.vsm.metrics;
  const rows: [string, string][] = [
    ['takt', v.takt],
    ['leadTime', v.leadTime],
    ['valueAddedTime', v.valueAddedTime],
    ['pce', v.pce],
    ['netAvailableTime', v.netAvailableTime],
    ['operatorsNeeded', v.operatorsNeeded],
  ];
  let compared = 0;
  for (const [id, label] of rows) {
    const screen = (await page.getByTestId(`vsm-value-${id}`).textContent()) ?? '';
    expect(pdf.get(label), `PDF ${label}`).toBe(screen);
    if (cli.has(label)) {
      expect(cli.get(label), `CLI ${label}`).toBe(screen);
      compared += 1;
    }
  }
  // Takt, lead time, value-added time and PCE are printed by all three.
  expect(compared).toBe(4);
  await expect(page.getByTestId('vsm-value-netAvailableTime')).toHaveText('15 h');
  await expect(page.getByTestId('vsm-value-leadTime')).toHaveText('15 arb.d');

  // The bottleneck tag over Svetsning reads the same on the canvas and in the PDF's picture.
  const flags = await page.getByTestId('vsm-bottleneck-flag').allTextContents();
  expect(flags).toEqual(['▲ 70 s > 60 s']);
  expect(pictures).toContain(flags[0]);
});
