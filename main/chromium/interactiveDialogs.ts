import type { Page } from 'playwright-core';
import { createI18n } from '../../shared/i18n';
import type { Language } from '../../shared/model/language';
import type { DialogPort, SaveFilter } from '../ipc/ports';

/**
 * Dialogs for a person using the Chromium host (`npm run start:chromium`): Chromium has no OS file
 * dialog that returns a path, so a small in-page dialog asks for one. Tests use ScriptedDialogs.
 */
const overlayScript = `async ({ message, value, buttons }) => {
  const dialog = document.createElement('dialog');
  dialog.style.cssText = 'font: 15px system-ui, sans-serif; padding: 20px; border-radius: 10px; border: 1px solid #ccc; min-width: 420px';
  const text = document.createElement('p');
  text.textContent = message;
  dialog.append(text);
  let input = null;
  if (value !== null) {
    input = document.createElement('input');
    input.value = value;
    input.style.cssText = 'width: 100%; font: inherit; padding: 6px; box-sizing: border-box';
    dialog.append(input);
  }
  const row = document.createElement('div');
  row.style.cssText = 'display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px';
  dialog.append(row);
  document.body.append(dialog);
  const answer = await new Promise((resolve) => {
    buttons.forEach((label, index) => {
      const button = document.createElement('button');
      button.textContent = label;
      button.onclick = () => resolve(index);
      row.append(button);
    });
    dialog.addEventListener('cancel', () => resolve(buttons.length - 1));
    dialog.showModal();
    (input ?? row.firstChild).focus();
  });
  const result = { index: answer, value: input ? input.value : null };
  dialog.remove();
  return result;
}`;

export class InteractiveDialogs implements DialogPort {
  page: Page | null = null;

  constructor(
    private readonly language: () => Promise<Language>,
    private readonly workDir: string,
  ) {}

  private async ask(message: string, value: string | null, buttons: string[]): Promise<{ index: number; value: string | null }> {
    if (!this.page) throw new Error('no window to show the dialog in');
    const show = await this.page.evaluateHandle(overlayScript);
    return (await show.evaluate((fn, arg) => (fn as unknown as (a: unknown) => Promise<{ index: number; value: string | null }>)(arg), {
      message,
      value,
      buttons,
    })) as { index: number; value: string | null };
  }

  private async t() {
    return createI18n(await this.language()).t;
  }

  async chooseFileToOpen(filter?: SaveFilter) {
    const t = await this.t();
    const answer = await this.ask(filter ? filter.name : t('dialogs.openTitle'), `${this.workDir}/`, [t('actions.ok'), t('actions.cancel')]);
    return answer.index === 0 && answer.value ? answer.value : null;
  }

  async chooseFileToSave(suggestedName: string, filter?: SaveFilter) {
    const t = await this.t();
    const answer = await this.ask(filter ? filter.name : t('dialogs.saveTitle'), `${this.workDir}/${suggestedName}`, [t('actions.ok'), t('actions.cancel')]);
    return answer.index === 0 && answer.value ? answer.value : null;
  }

  async chooseFolder(title?: string) {
    const t = await this.t();
    const answer = await this.ask(title ?? t('record.overview.chooseFolderTitle'), `${this.workDir}/`, [t('actions.ok'), t('actions.cancel')]);
    return answer.index === 0 && answer.value ? answer.value : null;
  }

  async askUnsaved(fileName: string) {
    const t = await this.t();
    const { index } = await this.ask(`${t('dialogs.unsavedMessage', { name: fileName })} ${t('dialogs.unsavedDetail')}`, null, [
      t('dialogs.unsavedSave'),
      t('dialogs.unsavedDiscard'),
      t('dialogs.unsavedCancel'),
    ]);
    return (['save', 'discard', 'cancel'] as const)[index] ?? 'cancel';
  }

  async askConflict(fileName: string, reason: 'changed' | 'missing') {
    const t = await this.t();
    if (reason === 'missing') {
      const { index } = await this.ask(`${t('files.missingMessage', { name: fileName })} ${t('files.missingDetail')}`, null, [
        t('files.missingSaveHere'),
        t('dialogs.conflictSaveAs'),
        t('dialogs.conflictCancel'),
      ]);
      return (['overwrite', 'saveAs', 'cancel'] as const)[index] ?? 'cancel';
    }
    const { index } = await this.ask(`${t('dialogs.conflictMessage', { name: fileName })} ${t('dialogs.conflictDetail')}`, null, [
      t('dialogs.conflictOverwrite'),
      t('dialogs.conflictSaveAs'),
      t('dialogs.conflictReload'),
      t('dialogs.conflictCancel'),
    ]);
    return (['overwrite', 'saveAs', 'reload', 'cancel'] as const)[index] ?? 'cancel';
  }
}
