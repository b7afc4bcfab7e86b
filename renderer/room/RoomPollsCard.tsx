import './room.css';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { useEditorState } from '../app/context';
import { DeleteButton } from '../record/DeleteButton';

/** Multiple-choice and short-answer polls the room answered, in the Record tab beside the scale polls. */
export function RoomPollsCard({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const choicePolls = useEditorState(editor, (s) => s.history.present.choicePolls);
  const textPolls = useEditorState(editor, (s) => s.history.present.textPolls);
  if (choicePolls.length === 0 && textPolls.length === 0) return null;
  const remove = (kind: 'choicePolls' | 'textPolls', id: string) =>
    editor.run('room.poll.delete', (doc) => {
      doc[kind] = doc[kind].filter((p) => p.id !== id) as never;
    });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="room-polls-heading">
      <Title order={2} size="h4" id="room-polls-heading" mb="sm">
        {t('room.record.heading')}
      </Title>
      <Stack gap="lg">
        {choicePolls.map((poll) => {
          const max = Math.max(1, ...poll.options.map((o) => o.count));
          return (
            <div key={poll.id} className="tally" data-testid="choice-poll">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600}>{poll.question}</Text>
                <DeleteButton label={t('room.record.delete')} onClick={() => remove('choicePolls', poll.id)} />
              </Group>
              <ul className="tally-rows">
                {poll.options.map((o, i) => (
                  <li key={i}>
                    <span className="tally-label">{o.text}</span>
                    <span className="tally-track" aria-hidden>
                      <span className="tally-bar" style={{ width: `${(o.count / max) * 100}%` }} />
                    </span>
                    <span className="tally-count">{o.count}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {textPolls.map((poll) => (
          <div key={poll.id} data-testid="text-poll">
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>{poll.question}</Text>
              <DeleteButton label={t('room.record.delete')} onClick={() => remove('textPolls', poll.id)} />
            </Group>
            <ul className="room-answers">
              {poll.answers.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
