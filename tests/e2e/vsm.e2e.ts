import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Value-stream maps in Chromium: a four-step manufacturing map and a three-step service map built
 * from the templates and filled in through the side panel, checked against figures worked out by
 * hand (the arithmetic is in the comments).
 */

async function newVsm(page: Page, template: string, newWorkshop: string, boardsTab: string) {
  await page.getByRole('button', { name: newWorkshop }).click();
  await page.getByRole('tab', { name: boardsTab }).click();
  if (template === 'service-current') {
    // Straight from the empty Boards tab.
    await page.getByTestId('empty-add-vsm-service').click();
  } else {
    // From the add-board menu, beside a blank board.
    await page.getByTestId('empty-add-blank').click();
    await page.getByTestId('board-add').click();
    await page.getByTestId(`board-add-vsm-${template}`).click();
  }
  await expect(page.getByTestId('vsm-panel')).toBeVisible();
}

/** Selects the next shape on the board (Tab cycles through shapes in drawing order). */
async function selectNext(page: Page) {
  await page.getByTestId('board-canvas').focus();
  await page.keyboard.press('Tab');
}

async function fill(page: Page, testId: string, value: string) {
  const input = page.getByTestId(testId);
  await input.fill(value);
}

test('a four-step manufacturing map from the template shows hand-worked takt, lead time, PCE and the ladder', async ({ app }) => {
  const { page } = app;
  await newVsm(page, 'manufacturing-current', 'New workshop', 'Boards');

  // Map settings: 2 shifts × (8 h − 30 min) = 54 000 s; 4 500 per week ÷ 5 days = 900 per day.
  await page.getByTestId('vsm-tab-map').click();
  await fill(page, 'vsm-setting-demand', '4500');
  await page.getByTestId('vsm-setting-period').click();
  await page.getByRole('option', { name: 'per week' }).click();
  await fill(page, 'vsm-setting-shifts', '2');
  await fill(page, 'vsm-setting-shiftLength', '8');
  await fill(page, 'vsm-setting-breaks', '30');

  // The template's shapes in drawing order: stock, step, stock, step, …, stock.
  await page.getByTestId('vsm-tab-data').click();
  const quantities = ['4500', '1800', '2700', '900', '3600'];
  const steps = [
    ['Cutting', '45'],
    ['Welding', '70'],
    ['Painting', '50'],
    ['Assembly', '55'],
  ];
  for (let i = 0; i < 5; i++) {
    await selectNext(page);
    await fill(page, 'vsm-field-quantity', quantities[i]!);
    if (i < 4) {
      await selectNext(page);
      await fill(page, 'vsm-field-name', steps[i]![0]!);
      await fill(page, 'vsm-field-cycleTime', steps[i]![1]!);
    }
  }
  // Back to Assembly: a wrong value is kept and marked, never read as zero.
  await page.getByTestId('board-canvas').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('vsm-field-name')).toHaveValue('Assembly');
  await fill(page, 'vsm-field-uptime', 'most of the time');
  await expect(page.getByText('“most of the time” is not a number.')).toBeVisible();
  await fill(page, 'vsm-field-uptime', '85');

  await page.getByTestId('vsm-tab-metrics').click();
  // Takt = 54 000 s ÷ 900 = 60 s.
  await expect(page.getByTestId('vsm-value-takt')).toHaveText('60 s');
  // Inventories 4 500 + 1 800 + 2 700 + 900 + 3 600 = 13 500 pieces ÷ 900 per day = 15 d, plus 220 s
  // of C/T = 15.004 d, shown as 15 d.
  await expect(page.getByTestId('vsm-value-leadTime')).toHaveText('15 wd');
  // Value-added = 45 + 70 + 50 + 55 = 220 s = 3.67 min.
  await expect(page.getByTestId('vsm-value-valueAddedTime')).toHaveText('220 s'.replace('220 s', '3.67 min'));
  // PCE = 220 ÷ 810 220 = 0.027 %.
  await expect(page.getByTestId('vsm-value-pce')).toHaveText('0.027 %');
  // Operators needed ≈ 220 ÷ 60 = 3.67 (the same two decimals as the PDF and the CLI).
  await expect(page.getByTestId('vsm-value-operatorsNeeded')).toHaveText('3.67');
  // Welding's 70 s is over the 60 s takt: flagged on the map and red in the chart.
  await expect(page.getByTestId('vsm-bottleneck-count')).toHaveText('1 step over takt');
  await expect(page.locator('[data-testid="vsm-chart-bar"][data-over="true"]')).toHaveCount(1);

  // The ladder: 5, 2, 3, 1 and 4 days of waiting; 45, 70, 50, 55 s of C/T.
  await expect(page.getByTestId('vsm-ladder-wait')).toHaveText(['5 wd', '2 wd', '3 wd', '1 wd', '4 wd']);
  await expect(page.getByTestId('vsm-ladder-step')).toHaveText(['45 s', '70 s', '50 s', '55 s']);
  await expect(page.getByTestId('vsm-ladder-lead')).toHaveText('15 wd');

  // The basis of takt is one click away.
  await page.getByTestId('vsm-metric-takt').getByRole('button').click();
  await expect(page.getByTestId('vsm-metric-takt')).toContainText('net available time ÷ customer demand per day');
  await page.screenshot({ path: '.tmp/vsm/e2e-manufacturing.png' });

  // The future state: a copy of the map, set to future and linked to the current state.
  await page.getByTestId('board-menu').click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await page.getByTestId('vsm-tab-map').click();
  await page.getByTestId('vsm-setting-state').click();
  await page.getByRole('option', { name: 'Future state' }).click();
  await page.getByTestId('vsm-setting-compares').click();
  await page.getByRole('option', { name: 'VSM: Current state' }).click();
  // Raw material cut from 4 500 to 900 pieces (5 d → 1 d): lead time 11 d + 220 s = 11.004 d;
  // (11.004 − 15.004) ÷ 15.004 = −26.7 %, shown as -27 % (Intl's minus in English).
  await page.getByTestId('vsm-tab-data').click();
  await selectNext(page);
  await fill(page, 'vsm-field-quantity', '900');
  await page.getByTestId('vsm-tab-metrics').click();
  await expect(page.getByTestId('vsm-compare-leadTime')).toHaveText('Lead time 15 wd → 11 wd, -27 % (better)');
  await expect(page.getByTestId('vsm-compare-leadTime')).toHaveClass(/vsm-better/);
  await page.screenshot({ path: '.tmp/vsm/e2e-future.png' });
});

test.describe('in Swedish', () => {
  test.use({ osLocale: 'sv-SE' });

  test('a three-step service map shows ledtid, flödeseffektivitet and rolled %K&K with decimal commas', async ({ app }) => {
    const { page } = app;
    await newVsm(page, 'service-current', 'Ny workshop', 'Tavlor');
    await expect(page.getByTestId('vsm-tab-metrics')).toHaveText('Nyckeltal');

    // 1 skift × (8 h − 60 min) = 25 200 s; 105 per vecka ÷ 5 dagar = 21 per dag; takt = 1 200 s = 20 min.
    await page.getByTestId('vsm-tab-map').click();
    await fill(page, 'vsm-setting-demand', '105');
    await page.getByTestId('vsm-setting-period').click();
    await page.getByRole('option', { name: 'per vecka' }).click();
    await fill(page, 'vsm-setting-shifts', '1');
    await fill(page, 'vsm-setting-shiftLength', '8');
    await fill(page, 'vsm-setting-breaks', '60');

    await expect(page.getByRole('tab', { name: 'VFA tjänst: Nuläge' })).toBeVisible();
    // Drawing order of the service template: step, wait, step, wait, step.
    await page.getByTestId('vsm-tab-data').click();
    const steps: [string, string, string, 'h' | 'arbetsdagar', string][] = [
      ['Ta emot ansökan', '10', '2', 'h', '80'],
      ['Utreda', '45', '3', 'arbetsdagar', '90'],
      ['Besluta', '15', '1', 'arbetsdagar', '95'],
    ];
    const waits = ['5', '2,5'];
    for (let i = 0; i < 3; i++) {
      const [name, pt, lt, unit, ca] = steps[i]!;
      await selectNext(page);
      await fill(page, 'vsm-field-name', name);
      await fill(page, 'vsm-field-processTime', pt);
      if (unit !== 'h') {
        await page.getByTestId('vsm-unit-leadTime').click();
        await page.getByRole('option', { name: unit, exact: true }).click();
      }
      await fill(page, 'vsm-field-leadTime', lt);
      await fill(page, 'vsm-field-completeAccurate', ca);
      if (i < 2) {
        await selectNext(page);
        await fill(page, 'vsm-field-waitingTime', waits[i]!);
      }
    }
    // A negative value is refused with the reason in Swedish and kept as typed.
    await fill(page, 'vsm-field-completeAccurate', '-95');
    await expect(page.getByText('Värdet kan inte vara negativt.')).toBeVisible();
    await fill(page, 'vsm-field-completeAccurate', '95');

    await page.getByTestId('vsm-tab-metrics').click();
    await expect(page.getByTestId('vsm-metric-takt')).toContainText('Takttid');
    await expect(page.getByTestId('vsm-value-takt')).toHaveText('20 min');
    // LT 2 h + 3 d + 1 d and waits 5 d + 2,5 d: 7 200 + 75 600 + 25 200 + 126 000 + 63 000 = 297 000 s
    // = 11,79 arbetsdagar of 25 200 s.
    await expect(page.getByTestId('vsm-metric-leadTime')).toContainText('Total ledtid');
    await expect(page.getByTestId('vsm-value-leadTime')).toHaveText('11,8 arb.d');
    // PT 10 + 45 + 15 = 70 min; flödeseffektivitet = aktivitetsgrad = 4 200 ÷ 297 000 = 1,41 %.
    await expect(page.getByTestId('vsm-value-valueAddedTime')).toHaveText('70 min');
    await expect(page.getByTestId('vsm-value-pce')).toHaveText('1,41 %');
    await expect(page.getByTestId('vsm-value-activityRatio')).toHaveText('1,41 %');
    // Rolled %C&A = 0,80 × 0,90 × 0,95 = 68,4 %.
    await expect(page.getByTestId('vsm-value-rolledCompleteAccurate')).toHaveText('68,4 %');

    // The ladder: waits 0, 5, 2,5 and 0 d; PT 10, 45 and 15 min; total 11,8 d.
    await expect(page.getByTestId('vsm-ladder-wait')).toHaveText(['0 arb.d', '5 arb.d', '2,5 arb.d', '0 arb.d']);
    await expect(page.getByTestId('vsm-ladder-step')).toHaveText(['10 min', '45 min', '15 min']);
    await expect(page.getByTestId('vsm-ladder-lead')).toHaveText('11,8 arb.d');
    await page.screenshot({ path: '.tmp/vsm/e2e-service-sv.png' });
  });
});
