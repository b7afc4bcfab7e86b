import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TechnicalDetail } from '../app/fields/TechnicalDetail';
import type { ExportOutcome } from './exportResult';

interface Props {
  outcome: ExportOutcome | null;
  busy: boolean;
  canExport: boolean;
  exportLabel: string;
  onClose: () => void;
  onExport: () => void;
}

/** The end of every export dialog: what happened (if anything yet), then Close/Cancel and Export. */
export function ExportFooter({ outcome, busy, canExport, exportLabel, onClose, onExport }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {outcome && (
        <Alert color={outcome.ok ? 'green' : 'red'} title={outcome.message} role={outcome.ok ? 'status' : 'alert'} data-testid="export-outcome">
          {outcome.advice}
          {outcome.detail !== null && <TechnicalDetail detail={outcome.detail} />}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {outcome?.ok ? t('actions.close') : t('report.options.cancel')}
        </Button>
        <Button onClick={onExport} loading={busy} disabled={!canExport}>
          {exportLabel}
        </Button>
      </Group>
    </>
  );
}
