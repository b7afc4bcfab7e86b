import { basename } from 'node:path';
import { csvDialect, tableCsv } from '../../shared/documents/csv';
import { recordTables } from '../../shared/documents/recordTables';
import { exchange } from '../../shared/i18n/areas/exchange';
import type { ExportResponse } from '../../shared/ipc/reportContract';
import type { Language } from '../../shared/model/workshop';
import { writeActionDrafts } from '../services/documents/actionDrafts';
import { exportMinutes } from '../services/documents/minutesExport';
import { tablesXlsx } from '../services/documents/spreadsheet';
import { readWordTemplate, WordTemplateError } from '../services/documents/wordTemplate';
import { writeFileDurably, type DurableWriteOptions } from '../services/durableWrite';
import { detailOf, ioProblemOf } from '../services/ioProblem';
import { DEFAULT_PRINT_TIMEOUT_MS, type Printer } from '../services/printer';
import type { SettingsService } from '../services/settings';
import type { Handler } from './handlers';
import type { DialogPort } from './ports';
import { exportFailure, safeName, withExtension } from './reportHandlers';

export interface ExchangeHandlerDeps {
  dialogs: DialogPort;
  printer: Printer | null;
  settings: SettingsService;
  language: () => Promise<Language>;
  writeOptions?: DurableWriteOptions;
  timeoutMs?: number;
}

type ExchangeHandlers = {
  'settings:chooseWordTemplate': Handler<'settings:chooseWordTemplate'>;
  'settings:clearWordTemplate': Handler<'settings:clearWordTemplate'>;
  'minutes:export': Handler<'minutes:export'>;
  'record:exportTables': Handler<'record:exportTables'>;
  'actions:writeDrafts': Handler<'actions:writeDrafts'>;
};

function templateFailed(error: WordTemplateError) {
  return { status: 'templateFailed' as const, fileName: error.fileName, problem: error.problem, detail: error.message };
}

/**
 * The record in the formats people circulate. Every path comes from a dialog the user answered
 * (the Word template's too: main stores it in the settings only after the open dialog), and every
 * file is written through a temporary file and a rename.
 */
export function createExchangeHandlers({ dialogs, printer, settings, language, writeOptions, timeoutMs = DEFAULT_PRINT_TIMEOUT_MS }: ExchangeHandlerDeps): ExchangeHandlers {
  const words = async () => exchange[await language()].dialogs;
  return {
    'settings:chooseWordTemplate': async () => {
      const chosen = await dialogs.chooseFileToOpen({ name: (await words()).templateFilter, extensions: ['docx', 'dotx'] });
      if (chosen === null) return { status: 'canceled' };
      try {
        const template = await readWordTemplate(chosen);
        const info = { path: chosen, name: template.name };
        await settings.update({ wordTemplate: info });
        return { status: 'chosen', template: info };
      } catch (error) {
        if (error instanceof WordTemplateError) return templateFailed(error);
        throw error;
      }
    },
    'settings:clearWordTemplate': async () => {
      await settings.update({ wordTemplate: null });
      return { ok: true };
    },
    'minutes:export': async ({ document, options, suggestedName }) => {
      // The template is read first: a template that has gone should not cost the user a save dialog.
      const chosenTemplate = (await settings.get()).wordTemplate ?? null;
      let template = null;
      if (chosenTemplate) {
        try {
          template = await readWordTemplate(chosenTemplate.path);
        } catch (error) {
          if (error instanceof WordTemplateError) return templateFailed(error);
          throw error;
        }
      }
      const chosen = await dialogs.chooseFileToSave(`${safeName(suggestedName, 'Verkstad')}.docx`, { name: (await words()).wordFilter, extensions: ['docx'] });
      if (chosen === null) return { status: 'canceled' };
      const path = withExtension(chosen, 'docx');
      try {
        await exportMinutes({ doc: document, options, path, printer, template, timeoutMs, writeOptions });
        return { status: 'saved', path, fileName: basename(path), pages: null };
      } catch (error) {
        return exportFailure(path, error, timeoutMs);
      }
    },
    'record:exportTables': async ({ document, format, table, language: lang, today, suggestedName }) => {
      const w = await words();
      const chosen = await dialogs.chooseFileToSave(`${safeName(suggestedName, 'Verkstad')}.${format}`, format === 'csv' ? { name: w.csvFilter, extensions: ['csv'] } : { name: w.xlsxFilter, extensions: ['xlsx'] });
      if (chosen === null) return { status: 'canceled' };
      const path = withExtension(chosen, format);
      try {
        if (format === 'csv') {
          const [only] = recordTables(document, { language: lang, today }, [table]);
          await writeFileDurably(path, tableCsv(only!, csvDialect(lang)), writeOptions);
        } else {
          await writeFileDurably(path, await tablesXlsx(recordTables(document, { language: lang, today }), { title: document.header.title, creator: document.header.facilitator }), writeOptions);
        }
        return { status: 'saved', path, fileName: basename(path), pages: null } satisfies ExportResponse;
      } catch (error) {
        return exportFailure(path, error, timeoutMs);
      }
    },
    'actions:writeDrafts': async ({ document, language: lang, today }) => {
      const folder = await dialogs.chooseFolder((await words()).draftsFolder);
      if (folder === null) return { status: 'canceled' };
      try {
        const result = await writeActionDrafts({ doc: document, language: lang, today, folder, writeOptions });
        return { status: 'written', folder, ...result };
      } catch (error) {
        return { status: 'failed', folder, problem: ioProblemOf(error), detail: detailOf(error) };
      }
    },
  };
}
