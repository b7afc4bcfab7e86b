import { Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvDialect } from '../../../shared/documents/csv';
import type { RecordTableId } from '../../../shared/documents/recordTables';
import type { TableFormat } from '../../../shared/ipc/exchangeContract';
import { catalogues } from '../../../shared/i18n';
import type { Language, Workshop } from '../../../shared/model/workshop';
import { localDate } from '../../../shared/record/overdue';
import { bridge } from '../../app/bridge';
import { useWorkspaceState } from '../../app/context';
import { describeExport, describeExportError } from '../exportResult';
import { ExportFooter } from '../ExportFooter';
import { ReportLanguageSelect } from '../ReportChoices';
import { useExchangeDialog } from './stores';
import { useReturnFocus } from '../../app/returnFocus';

const TABLES: RecordTableId[] = ['actions', 'attendance', 'polls', 'dotVotes'];

/** File › Export › Actions, attendance and polls…: one table as CSV for the locale's Excel, or all of them as an Excel workbook. */
export function ExportTablesDialog() {
  const editor = useWorkspaceState((s) => s.editor);
  const appLanguage = useWorkspaceState((s) => s.language);
  const { open, close } = useExchangeDialog();
  if (!editor || open !== 'tables') return null;
  return <ExportTablesModal doc={editor.document} defaultLanguage={editor.document.header.language ?? appLanguage} onClose={close} />;
}

function ExportTablesModal({ doc, defaultLanguage, onClose }: { doc: Workshop; defaultLanguage: Language; onClose: () => void }) {
  useReturnFocus();
  const { t } = useTranslation();
  const [format, setFormat] = useState<TableFormat>('xlsx');
  const [table, setTable] = useState<RecordTableId>('actions');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ReturnType<typeof describeExport>>(null);

  const exportNow = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const title = doc.header.title.trim() || catalogues[language].report.document.untitled;
      const what = format === 'csv' ? t(`exchange.tables.kinds.${table}`, { lng: language }) : catalogues[language].report.document.kind;
      const result = await bridge().invoke('record:exportTables', { document: doc, format, table, language, today: localDate(new Date()), suggestedName: `${title} – ${what}` });
      setOutcome(describeExport(result, t));
    } catch (error) {
      setOutcome(describeExportError(error, t(`exchange.tables.kinds.${table}`, { lng: language }), t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('exchange.tables.title')}</Text>} centered size="md">
      <Stack gap="md">
        <SegmentedControl
          fullWidth
          value={format}
          onChange={(v) => (setFormat(v as TableFormat), setOutcome(null))}
          aria-label={t('exchange.tables.format')}
          data={[
            { value: 'xlsx', label: t('exchange.tables.xlsx') },
            { value: 'csv', label: t('exchange.tables.csv') },
          ]}
        />
        {format === 'xlsx' ? (
          <Text size="sm" c="dimmed">
            {t('exchange.tables.xlsxHint')}
          </Text>
        ) : (
          <Radio.Group label={t('exchange.tables.which')} value={table} onChange={(v) => (setTable(v as RecordTableId), setOutcome(null))}>
            <Stack gap={6} mt={6}>
              {TABLES.map((id) => (
                <Radio key={id} value={id} label={t(`exchange.tables.kinds.${id}`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <ReportLanguageSelect value={language} onChange={setLanguage} />
        {format === 'csv' && (
          <Text size="sm" c="dimmed">
            {t(csvDialect(language).delimiter === ';' ? 'exchange.tables.csvSemicolon' : 'exchange.tables.csvComma')}
          </Text>
        )}
        <ExportFooter outcome={outcome} busy={busy} canExport exportLabel={t('exchange.tables.export')} onClose={onClose} onExport={() => void exportNow()} />
      </Stack>
    </Modal>
  );
}
