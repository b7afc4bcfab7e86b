import { Alert, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportNote } from '../../../shared/drawio/report';
import { DrawioProblem } from '../../../shared/ipc/drawioContract';
import { importNoteText } from '../../../shared/drawio/reportText';
import { useDrawioImport } from './stores';
import { TechnicalDetail } from '../../app/fields/TechnicalDetail';

/** What a draw.io import did, page by page: what came in, what became what, and what was only approximated. */
export function ImportReportDialog() {
  const { t } = useTranslation();
  const { result, close } = useDrawioImport();
  if (!result) return null;
  const note = (n: ImportNote) => importNoteText(t, n);
  return (
    <Modal opened onClose={close} title={<Text fw={700}>{result.status === 'imported' ? t('exchange.drawio.title') : t('exchange.drawio.failed', { file: result.fileName })}</Text>} centered size="lg">
      <Stack gap="md" data-testid="drawio-report">
        {result.status === 'failed' ? (
          <Alert color="red" title={t(DrawioProblem.safeParse(result.problem).success ? `exchange.drawio.problems.${result.problem}` : `errors.io.${result.problem}`)}>
            {t('exchange.drawio.nothingAdded')}
            <TechnicalDetail detail={result.detail} />
          </Alert>
        ) : (
          <>
            <Text>{t('exchange.drawio.added', { count: result.boards.length, file: result.fileName })}</Text>
            {result.report.pages.map((page, i) => {
              const approximated = page.notes.filter((n) => n.kind !== 'mapped');
              return (
                <div key={i}>
                  <Title order={3} size="h5">
                    {page.name}
                  </Title>
                  <Text size="sm" c="dimmed" mb={4}>
                    {t('exchange.drawio.counts', { shapes: page.shapes, connectors: page.connectors, lanes: page.lanes })}
                  </Text>
                  <List size="sm" spacing={2}>
                    {page.notes
                      .filter((n) => n.kind === 'mapped')
                      .map((n, j) => (
                        <List.Item key={j}>{note(n)}</List.Item>
                      ))}
                  </List>
                  {approximated.length > 0 && (
                    <>
                      <Text size="sm" fw={600} mt="xs">
                        {t('exchange.drawio.approximated')}
                      </Text>
                      <List size="sm" spacing={2} c="orange.9">
                        {approximated.map((n, j) => (
                          <List.Item key={j}>{note(n)}</List.Item>
                        ))}
                      </List>
                    </>
                  )}
                </div>
              );
            })}
          </>
        )}
        <Group justify="flex-end">
          <Button onClick={close} data-autofocus>
            {t('actions.ok')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
