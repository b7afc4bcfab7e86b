import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { ScriptedDialogs } from '../../main/chromium/dialogs';
import { launchChromiumHost, type AppWindow, type ChromiumHost } from '../../main/chromium/host';

export interface AppFixtures {
  /** A temporary folder for the user's workshop files. */
  workDir: string;
  dataDir: string;
  dialogs: ScriptedDialogs;
  osLocale: string;
  host: ChromiumHost;
  app: AppWindow;
}

/** Every test gets the real renderer and real services on fresh folders, dialogs scripted by the test. */
export const test = base.extend<AppFixtures>({
  osLocale: ['en-GB', { option: true }],
  workDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'verkstad-work-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'verkstad-data-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  dialogs: async ({}, use) => {
    await use(new ScriptedDialogs());
  },
  host: async ({ dataDir, dialogs, osLocale }, use) => {
    const host = await launchChromiumHost({ dataDir, dialogs, osLocale, writeOptions: { retryForMs: 200 } });
    await use(host);
    await host.close();
  },
  app: async ({ host }, use) => {
    const win = await host.openWindow();
    const errors: string[] = [];
    win.page.on('pageerror', (error) => errors.push(error.message));
    await expect(win.page.getByRole('heading', { level: 1 })).toBeVisible();
    await use(win);
    expect(errors, 'the page threw').toEqual([]);
  },
});

export { expect };

/**
 * Writes a workshop file, opens it through Öppna… (a Swedish window) with the canvas's measuring
 * probe attached (`window.__VERKSTAD_BENCH__`), shows the boards and focuses the canvas.
 */
export async function openBoardsWithProbe(page: Page, dialogs: ScriptedDialogs, file: string, text: string): Promise<Locator> {
  await writeFile(file, text);
  await page.evaluate(() => ((window as unknown as { __VERKSTAD_BENCH__: object }).__VERKSTAD_BENCH__ = {}));
  dialogs.answerOpen(file);
  await page.getByRole('button', { name: 'Öppna…' }).first().click();
  await page.getByRole('tab', { name: 'Tavlor' }).click();
  const canvas = page.getByTestId('board-canvas');
  await expect(canvas).toBeVisible();
  await canvas.focus();
  return canvas;
}
