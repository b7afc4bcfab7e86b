import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { describeExport } from './exportResult';

interface Props {
  outcome: ReturnType<typeof describeExport>;
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
        <Alert color={outcome.ok ? 'green' : 'red'} title={outcome.message}>
          {outcome.detail}
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
