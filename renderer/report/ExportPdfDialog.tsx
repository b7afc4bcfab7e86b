import { Alert, Box, Group, Loader, Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind } from '../../shared/ipc/reportContract';
import { catalogues } from '../../shared/i18n';
import type { Workshop } from '../../shared/model/workshop';
import type { Language } from '../../shared/model/language';
import { localDate } from '../../shared/record/overdue';
import { Paper, SectionId, type LargeBoards, type ReportOptionsInput } from '../../shared/report/options';
import { useWorkspaceState } from '../app/context';
import { bridge } from '../app/bridge';
import { TechnicalDetail } from '../app/fields/TechnicalDetail';
import { describeExport, describeExportError, type ExportOutcome } from './exportResult';
import { ExportFooter } from './ExportFooter';
import { ReportLanguageSelect, SectionChecks } from './ReportChoices';
import { useExportDialog } from './stores';
import { useReturnFocus } from '../app/returnFocus';
import './report.css';

/** File › Export PDF… and Export agenda…: the options, a preview of exactly what will be printed, then the save dialog. */
export function ExportPdfDialog() {
  const editor = useWorkspaceState((s) => s.editor);
  const appLanguage = useWorkspaceState((s) => s.language);
  const { report, close } = useExportDialog();
  if (!editor || report === null) return null;
  // The workshop as it is when the dialog opens: the preview and the PDF show the same thing.
  return <ExportPdfModal key={report} kind={report} doc={editor.document} defaultLanguage={editor.document.header.language ?? appLanguage} onClose={close} />;
}

function ExportPdfModal({ kind, doc, defaultLanguage, onClose }: { kind: ReportKind; doc: Workshop; defaultLanguage: Language; onClose: () => void }) {
  useReturnFocus();
  const { t } = useTranslation();
  const [paper, setPaper] = useState<Paper>('A4');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [largeBoards, setLargeBoards] = useState<LargeBoards>('split');
  const [sections, setSections] = useState<SectionId[]>([...SectionId.options]);
  const [preview, setPreview] = useState<{ html: string; available: SectionId[] } | null>(null);
  const [previewFailed, setPreviewFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const options = useMemo<ReportOptionsInput>(
    () => ({ paper, language, sections, largeBoards, today: localDate(new Date()), now: new Date().toISOString(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    [paper, language, sections, largeBoards],
  );

  useEffect(() => {
    let current = true;
    // A short pause, so ticking several sections builds one preview, not one per click.
    const timer = setTimeout(() => {
      bridge()
        .invoke('report:preview', { document: doc, kind, options })
        .then((result) => current && (setPreview(result), setPreviewFailed(null)))
        .catch((error: unknown) => current && setPreviewFailed(error instanceof Error ? error.message : String(error)));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [doc, kind, options]);

  const exportNow = async () => {
    setBusy(true);
    setOutcome(null);
    const strings = catalogues[language].report.document;
    const title = doc.header.title.trim() || strings.untitled;
    const suggestedName = `${title} – ${kind === 'agenda' ? strings.agendaKind : strings.kind}`;
    try {
      const result = await bridge().invoke('report:export', { document: doc, kind, options, suggestedName });
      setOutcome(describeExport(result, t));
    } catch (error) {
      setOutcome(describeExportError(error, suggestedName, t));
    } finally {
      setBusy(false);
    }
  };

  const available = preview?.available ?? [];
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t(kind === 'agenda' ? 'report.options.agendaTitle' : 'report.options.title')}</Text>} size="calc(100vw - 64px)" centered>
      <Group align="stretch" gap="lg" wrap="nowrap" className="report-export">
        <Stack gap="md" w={280} style={{ flexShrink: 0 }}>
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t('report.options.paper')}
            </Text>
            <SegmentedControl fullWidth value={paper} onChange={(v) => setPaper(v as Paper)} data={Paper.options.map((p) => ({ value: p, label: p }))} aria-label={t('report.options.paper')} />
          </div>
          <ReportLanguageSelect value={language} onChange={setLanguage} />
          {kind === 'report' && (
            <>
              <SectionChecks available={available} value={sections} onChange={setSections} />
              {available.includes('boards') && (
                <Radio.Group label={t('report.options.largeBoards')} value={largeBoards} onChange={(v) => setLargeBoards(v as LargeBoards)}>
                  <Stack gap={6} mt={6}>
                    <Radio value="split" label={t('report.options.largeBoardsSplit')} />
                    <Radio value="scale" label={t('report.options.largeBoardsScale')} />
                  </Stack>
                </Radio.Group>
              )}
            </>
          )}
          <Box style={{ flex: 1 }} />
          <ExportFooter outcome={outcome} busy={busy} canExport={Boolean(preview)} exportLabel={t('report.options.export')} onClose={onClose} onExport={() => void exportNow()} />
          {busy && (
            <Text size="sm" c="dimmed">
              {t('report.options.exporting')}
            </Text>
          )}
        </Stack>
        <Box className="report-preview">
          {previewFailed ? (
            <Alert color="red" title={t('report.options.previewFailed')}>
              {t('failures.previewAdvice')}
              <TechnicalDetail detail={previewFailed} />
            </Alert>
          ) : preview ? (
            // No scripts, no same origin, no forms: the report is a document, nothing more.
            <iframe title={t('report.options.previewTitle')} sandbox="" srcDoc={preview.html} className="report-preview-frame" />
          ) : (
            <Group justify="center" h="100%">
              <Loader />
            </Group>
          )}
        </Box>
      </Group>
    </Modal>
  );
}
