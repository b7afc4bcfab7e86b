import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ScriptedDialogs } from '../../main/chromium/dialogs';
import { launchChromiumHost } from '../../main/chromium/host';
import { defaultIo, fsError } from '../../main/services/durableWrite';
import { catalogues } from '../../shared/i18n';
import { tmpfs } from '../unit/helpers/tmpfs';
import { expect, test } from './fixtures';

/**
 * The notices a user reads when the disk lets them down, in Swedish at 1366×768, as a person sees
 * them: what failed, why, that the work is still here and what to do. (A file moved or deleted
 * since it was opened is asked about in the host's own dialog, main/electron/dialogs.ts, which the
 * Chromium host scripts: safety.e2e.ts and the handler tests cover its choices.)
 */
const sv = catalogues.sv;

test('a save on a full disk says so in Swedish, keeps the work, and the notice reads well at 1366×768', async ({ dataDir, workDir }, testInfo) => {
  // The disk takes nothing: every write of a temporary file fails with ENOSPC (the io seam of durableWrite).
  const io = {
    createTemp: async (path: string, mode: number) => {
      const real = await defaultIo.createTemp(path, mode);
      return { ...real, write: async () => Promise.reject(fsError('ENOSPC', 'no space left on device, write', { syscall: 'write' })), read: real.read.bind(real), sync: real.sync.bind(real), close: real.close.bind(real) };
    },
  };
  const dialogs = new ScriptedDialogs();
  const host = await launchChromiumHost({ dataDir, dialogs, osLocale: 'sv-SE', viewport: { width: 1366, height: 768 }, writeOptions: { io, retryForMs: 200 } });
  try {
    const { page } = await host.openWindow();
    await page.getByRole('button', { name: sv.start.newWorkshop }).click();
    await page.getByLabel(sv.workshop.title, { exact: true }).fill('Förbättringsmöte vecka 48');
    dialogs.answerSave(join(workDir, 'vecka48.verkstad'));
    await page.keyboard.press('Control+S');
    const notice = page.getByTestId('notice');
    await expect(page.getByRole('dialog')).toContainText(sv.errors.saveFailed.replace('{{name}}', 'Förbättringsmöte vecka 48'));
    await expect(notice).toContainText(sv.errors.io.diskFull);
    await expect(notice).toContainText(sv.errors.workKept);
        await page.screenshot({ path: testInfo.outputPath('save-disk-full-sv.png') });
    await page.getByRole('button', { name: sv.actions.ok }).click();
    await expect(page.getByLabel(sv.workshop.title, { exact: true })).toHaveValue('Förbättringsmöte vecka 48');
    await expect(page.getByTestId('unsaved-marker')).toBeVisible();
  } finally {
    await host.close();
  }
});

test('a recovery copy that cannot be written says so in Swedish, with what to do, at 1366×768', async ({ dataDir }, testInfo) => {
  // The drafts folder is a full disk of its own (a small tmpfs, filled): no draft fits.
  const drafts = join(dataDir, 'drafts');
  await mkdir(drafts);
  const mounted = await tmpfs(drafts, '64k');
  test.skip(!mounted.ok, `cannot mount a tmpfs here (${mounted.ok ? '' : mounted.reason}); the draft failure is covered by workspace.test.ts`);
  if (!mounted.ok) return;
  const dialogs = new ScriptedDialogs();
  const host = await launchChromiumHost({ dataDir, dialogs, osLocale: 'sv-SE', viewport: { width: 1366, height: 768 } });
  try {
    await writeFile(join(drafts, 'filler'), Buffer.alloc(64 * 1024)).catch(() => undefined);
    const { page } = await host.openWindow();
    await page.getByRole('button', { name: sv.start.newWorkshop }).click();
    await page.getByLabel(sv.workshop.title, { exact: true }).fill('Osparat arbete');
    const notice = page.getByTestId('notice');
    await expect(page.getByRole('dialog')).toContainText(sv.errors.draftFailed, { timeout: 10_000 });
    await expect(notice).toContainText(sv.errors.io.diskFull);
    await expect(notice).toContainText(sv.failures.draftAdvice);
    await page.screenshot({ path: testInfo.outputPath('draft-failed-sv.png') });
    await page.getByRole('button', { name: sv.actions.ok }).click();
    await expect(page.getByLabel(sv.workshop.title, { exact: true })).toHaveValue('Osparat arbete');
  } finally {
    await host.close();
    await mounted.unmount();
  }
});
