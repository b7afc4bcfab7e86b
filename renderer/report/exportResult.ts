import type { TFunction } from 'i18next';
import type { ExportResponse } from '../../shared/ipc/reportContract';

export interface ExportOutcome {
  ok: boolean;
  message: string;
  /** What it means and what to do, in the user's words. */
  advice: string | null;
  /** The technical text, shown only on request. */
  detail: string | null;
}

/** What an export's outcome says to the user, in their language. */
export function describeExport(result: ExportResponse, t: TFunction): ExportOutcome | null {
  if (result.status === 'canceled') return null;
  if (result.status === 'saved') return { ok: true, message: t('report.done.saved', { name: result.fileName }), advice: null, detail: null };
  const reason =
    result.problem === 'timeout'
      ? t('report.errors.timeout', { seconds: result.timeoutSeconds ?? 0 })
      : result.problem === 'printerFailed'
        ? t('report.errors.printerFailed')
        : t(`errors.io.${result.problem}`);
  return { ok: false, message: `${t('report.errors.exportFailed', { name: result.fileName })}: ${reason}`, advice: `${t('report.errors.nothingWritten')} ${t('failures.exportAdvice')}`, detail: result.detail };
}

/** An export whose request itself failed (the bridge refused it, main did not answer): said, never silent. */
export function describeExportError(error: unknown, name: string, t: TFunction): ExportOutcome {
  return {
    ok: false,
    message: `${t('report.errors.exportFailed', { name })}: ${t('failures.unexpected')}`,
    advice: `${t('report.errors.nothingWritten')} ${t('failures.exportAdvice')}`,
    detail: error instanceof Error ? error.message : String(error),
  };
}
