import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { computeSchedule } from '../../shared/agenda/schedule';
import { formatClock } from '../../shared/i18n/format';
import type { Editor } from '../editor/editor';
import { setItemNotes } from '../editor/recordCommands';
import { useEditorState } from '../app/context';
import { useFormat } from './hooks';
import { LIMITS } from '../app/fields/limits';
import { LimitedTextarea } from '../app/fields/textLimit';

/** Notes per agenda item, with the item's planned clock time so the facilitator finds the right one fast. */
export function NotesPanel({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const doc = useEditorState(editor, (s) => s.history.present);
  const items = doc.agenda.items.filter((item) => item.kind === 'item');
  const schedule = computeSchedule(doc.header.startTime, doc.agenda.items);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="notes-heading">
      <Title order={2} size="h4" id="notes-heading" mb="sm">
        {t('record.notes.heading')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('record.notes.empty')}</Text>
      ) : (
        <Stack gap="md">
          {items.map((item) => {
            const start = schedule?.items.find((s) => s.id === item.id)?.start;
            return (
              <div key={item.id}>
                <Group gap="xs" mb={4}>
                  {start !== undefined && (
                    <Badge variant="light" color="gray" ff="monospace">
                      {formatClock(start, language)}
                    </Badge>
                  )}
                  <Text fw={600}>{item.title || t('record.notes.untitledItem')}</Text>
                </Group>
                <LimitedTextarea limit={LIMITS.itemNotes}
                  autosize
                  minRows={2}
                  aria-label={item.title || t('record.notes.untitledItem')}
                  placeholder={t('record.notes.placeholder')}
                  value={doc.itemNotes[item.id] ?? ''}
                  onChange={(e) => setItemNotes(editor, item.id, e.currentTarget.value)}
                  onBlur={() => editor.seal()}
                />
              </div>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
