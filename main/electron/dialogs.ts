import { app, dialog, type BaseWindow, type MessageBoxOptions } from 'electron';
import { join } from 'node:path';
import type { DialogPort, LanguageSource } from '../ipc/ports';
import { translator } from './language';

/**
 * The native dialogs behind the DialogPort, in the app's language. Each is modal to the window
 * the user is working in, when there is one.
 */
export function createElectronDialogs(language: LanguageSource, parent: () => BaseWindow | undefined): DialogPort {
  const messageBox = (options: MessageBoxOptions) => {
    const win = parent();
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  };

  return {
    async chooseFileToOpen(filter) {
      const t = await translator(language);
      const options = {
        title: filter ? filter.name : t('dialogs.openTitle'),
        properties: ['openFile' as const],
        filters: [filter ?? { name: t('dialogs.fileFilter'), extensions: ['verkstad'] }],
      };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseFileToSave(suggestedName, filter) {
      const t = await translator(language);
      const options = {
        title: filter ? filter.name : t('dialogs.saveTitle'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [filter ?? { name: t('dialogs.fileFilter'), extensions: ['verkstad'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async chooseFolder(title) {
      const t = await translator(language);
      const options = { title: title ?? t('record.overview.chooseFolderTitle'), properties: ['openDirectory' as const, 'createDirectory' as const] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async askUnsaved(fileName) {
      const t = await translator(language);
      const choices = ['save', 'discard', 'cancel'] as const;
      const { response } = await messageBox({
        type: 'warning',
        message: t('dialogs.unsavedMessage', { name: fileName }),
        detail: t('dialogs.unsavedDetail'),
        buttons: [t('dialogs.unsavedSave'), t('dialogs.unsavedDiscard'), t('dialogs.unsavedCancel')],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return choices[response] ?? 'cancel';
    },

    async askConflict(fileName, reason) {
      const t = await translator(language);
      if (reason === 'missing') {
        // Moved or deleted by someone else: nothing to reload; saving it there again is a choice, never a silent default.
        const missing = ['overwrite', 'saveAs', 'cancel'] as const;
        const { response } = await messageBox({
          type: 'warning',
          message: t('files.missingMessage', { name: fileName }),
          detail: t('files.missingDetail'),
          buttons: [t('files.missingSaveHere'), t('dialogs.conflictSaveAs'), t('dialogs.conflictCancel')],
          defaultId: 1,
          cancelId: 2,
          noLink: true,
        });
        return missing[response] ?? 'cancel';
      }
      const choices = ['overwrite', 'saveAs', 'reload', 'cancel'] as const;
      const { response } = await messageBox({
        type: 'warning',
        message: t('dialogs.conflictMessage', { name: fileName }),
        detail: t('dialogs.conflictDetail'),
        buttons: [t('dialogs.conflictOverwrite'), t('dialogs.conflictSaveAs'), t('dialogs.conflictReload'), t('dialogs.conflictCancel')],
        // Enter keeps both versions; nothing is lost by pressing it without reading.
        defaultId: 1,
        cancelId: 3,
        noLink: true,
      });
      return choices[response] ?? 'cancel';
    },
  };
}

/** Help › About: the version and the promise that work stays on this computer. */
export async function showAbout(language: LanguageSource, parent: BaseWindow | undefined): Promise<void> {
  const t = await translator(language);
  const options: MessageBoxOptions = {
    type: 'info',
    title: t('menu.about'),
    message: t('app.name'),
    detail: t('dialogs.aboutDetail', { version: app.getVersion() }),
    noLink: true,
  };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
