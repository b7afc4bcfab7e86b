import type { TFunction } from 'i18next';
import type { ExportResponse } from '../../shared/ipc/reportContract';

/** What an export's outcome says to the user, in their language. */
export function describeExport(result: ExportResponse, t: TFunction): { ok: boolean; message: string; detail: string | null } | null {
  if (result.status === 'canceled') return null;
  if (result.status === 'saved') return { ok: true, message: t('report.done.saved', { name: result.fileName }), detail: null };
  const reason =
    result.problem === 'timeout'
      ? t('report.errors.timeout', { seconds: result.timeoutSeconds ?? 0 })
      : result.problem === 'printerFailed'
        ? t('report.errors.printerFailed')
        : t(`errors.io.${result.problem}`);
  return { ok: false, message: `${t('report.errors.exportFailed', { name: result.fileName })}: ${reason}`, detail: `${t('report.errors.nothingWritten')} ${t('errors.technicalDetail', { detail: result.detail })}` };
}
