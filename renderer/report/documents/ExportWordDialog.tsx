import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogues } from '../../../shared/i18n';
import type { Language, Workshop } from '../../../shared/model/workshop';
import { localDate } from '../../../shared/record/overdue';
import { availableSections } from '../../../shared/report/buildReport';
import type { SectionId } from '../../../shared/report/options';
import { bridge } from '../../app/bridge';
import { useWorkspaceState } from '../../app/context';
import { describeExport, describeExportError, type ExportOutcome } from '../exportResult';
import { ExportFooter } from '../ExportFooter';
import { ReportLanguageSelect, SectionChecks } from '../ReportChoices';
import { useExchangeDialog } from './stores';
import { templateMessage } from './templateMessage';
import { useWordTemplate } from './useWordTemplate';
import { useReturnFocus } from '../../app/returnFocus';

/** File › Export › Word document…: the record as an editable .docx, with the PDF's sections, in the organisation's template. */
export function ExportWordDialog() {
  const editor = useWorkspaceState((s) => s.editor);
  const appLanguage = useWorkspaceState((s) => s.language);
  const { open, close } = useExchangeDialog();
  if (!editor || open !== 'word') return null;
  return <ExportWordModal doc={editor.document} defaultLanguage={editor.document.header.language ?? appLanguage} onClose={close} />;
}

function ExportWordModal({ doc, defaultLanguage, onClose }: { doc: Workshop; defaultLanguage: Language; onClose: () => void }) {
  useReturnFocus();
  const { t } = useTranslation();
  const { template } = useWordTemplate();
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const available = availableSections(doc);
  const [sections, setSections] = useState<SectionId[]>(available);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const exportNow = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const strings = catalogues[language].report.document;
      const result = await bridge().invoke('minutes:export', {
        document: doc,
        options: { language, sections, paper: 'A4', largeBoards: 'scale', today: localDate(new Date()), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
        suggestedName: `${doc.header.title.trim() || strings.untitled} – ${strings.kind}`,
      });
      setOutcome(result.status === 'templateFailed' ? { ok: false, ...templateMessage(t, result) } : describeExport(result, t));
    } catch (error) {
      // A request that failed on its way (the bridge refused it, main did not answer) is said, never silent.
      setOutcome(describeExportError(error, catalogues[language].report.document.kind, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('exchange.word.title')}</Text>} centered size="md">
      <Stack gap="md">
        <Text size="sm">{t('exchange.word.intro')}</Text>
        <ReportLanguageSelect value={language} onChange={setLanguage} />
        <SectionChecks available={available} value={sections} onChange={setSections} />
        <div>
          <Text size="sm" fw={600}>
            {t('exchange.word.look')}
          </Text>
          <Text size="sm" c="dimmed" data-testid="word-look">
            {template ? t('exchange.word.withTemplate', { name: template.name }) : t('exchange.word.cleanDefault')}
          </Text>
        </div>
        <ExportFooter outcome={outcome} busy={busy} canExport={sections.length > 0} exportLabel={t('exchange.word.export')} onClose={onClose} onExport={() => void exportNow()} />
      </Stack>
    </Modal>
  );
}
