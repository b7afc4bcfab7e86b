import { Alert, Button, List, Modal, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistCount, type Checklist } from '../../../shared/kpi/checklist';
import type { BoardWords } from '../../../shared/kpi/words';
import { formatDate } from '../../../shared/i18n/format';

interface Props {
  opened: boolean;
  onClose(): void;
  list: Checklist;
  words: BoardWords;
  onPick(kpiId: string): void;
}

/** "Keep the goal board up to date before the meeting": what still needs doing, each KPI one click away. */
export const ChecklistModal = memo(ChecklistModalView, (before, after) => (!before.opened && !after.opened) || (before.opened === after.opened && before.list === after.list && before.words === after.words && before.onClose === after.onClose && before.onPick === after.onPick));

function ChecklistModalView({ opened, onClose, list, words, onPick }: Props) {
  const { t } = useTranslation();
  const pick = (id: string) => () => {
    onPick(id);
    onClose();
  };
  const kpiList = (kpis: { id: string; name: string }[]) => (
    <List size="sm" spacing={2}>
      {kpis.map((k) => (
        <List.Item key={k.id}>
          <Button variant="subtle" size="compact-sm" onClick={pick(k.id)}>
            {k.name || t('teamBoards.kpi.newName')}
          </Button>
        </List.Item>
      ))}
    </List>
  );
  const notUpdatedBy = new Map<string, { id: string; name: string }[]>();
  for (const { kpi, due } of list.notUpdated) notUpdatedBy.set(due, [...(notUpdatedBy.get(due) ?? []), kpi]);
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('teamBoards.checklist.title', { date: formatDate(list.date, words.lang) })} data-testid="checklist">
      {checklistCount(list) === 0 ? (
        <Alert color="teal" icon={<IconCircleCheck />}>
          {t('teamBoards.checklist.allDone')}
        </Alert>
      ) : (
        <Stack gap="md">
          {[...notUpdatedBy].map(([due, kpis]) => (
            <section key={due}>
              <Title order={4} size="h5">
                {t('teamBoards.checklist.notUpdated', { period: words.period(due) })}
              </Title>
              {kpiList(kpis)}
            </section>
          ))}
          {list.redWithoutResponse.length > 0 && (
            <section>
              <Title order={4} size="h5">
                {t('teamBoards.checklist.red')}
              </Title>
              {kpiList(list.redWithoutResponse)}
            </section>
          )}
          {list.actionsDue.length > 0 && (
            <section>
              <Title order={4} size="h5">
                {t('teamBoards.checklist.actionsDue')}
              </Title>
              <List size="sm" spacing={2}>
                {list.actionsDue.map((a) => (
                  <List.Item key={a.id}>
                    <Text size="sm">
                      {a.what} – {a.owner || t('record.actions.noOwner')}
                      {a.dueDate ? `, ${formatDate(a.dueDate, words.lang)}` : ''}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </section>
          )}
          {list.textValues.length > 0 && (
            <section>
              <Title order={4} size="h5">
                {t('teamBoards.checklist.textValues')}
              </Title>
              {kpiList(list.textValues)}
            </section>
          )}
          {list.thresholdProblems.length > 0 && (
            <section>
              <Title order={4} size="h5">
                {t('teamBoards.checklist.thresholds')}
              </Title>
              {kpiList(list.thresholdProblems)}
            </section>
          )}
        </Stack>
      )}
    </Modal>
  );
}
