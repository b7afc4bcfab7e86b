import { ActionIcon, Button, Card, Chip, Group, Progress, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMinus, IconPlus, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCALE_STEPS, type ScalePoll } from '../../shared/model/record';
import { rankDotVotes, stickiesOf } from '../../shared/record/dotVotes';
import { pollStats } from '../../shared/record/polls';
import { runningAgendaItemId } from '../../shared/record/runningItem';
import type { Editor } from '../editor/editor';
import { addPoll, changeDotVotes, changePollCount, deletePoll, resetRoundTable, toggleSpoken, updatePollQuestion } from '../editor/recordCommands';
import { useEditorState, useWorkspaceState } from '../app/context';
import { NumberField } from '../app/fields/NumberField';
import { LIMITS } from '../app/fields/limits';
import { LimitedTextInput } from '../app/fields/textLimit';
import { useFormat } from './hooks';
import { DeleteButton } from './DeleteButton';
import { RoomPollsCard } from '../room/RoomPollsCard';

function RoundTable({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const doc = useEditorState(editor, (s) => s.history.present);
  const items = doc.agenda.items.filter((i) => i.kind === 'item');
  const [chosen, setChosen] = useState<string | null>(null);
  const running = items.find((i) => i.id === runningAgendaItemId(doc))?.id ?? null;
  // The item the facilitator picked, else the one running now, else the first.
  const itemId = chosen && items.some((i) => i.id === chosen) ? chosen : (running ?? items[0]?.id ?? null);
  // Those marked absent or excused are not in the room; everyone else can be asked.
  const inRoom = doc.participants.filter((p) => p.attendance !== 'absent' && p.attendance !== 'excused');
  const spoken = itemId ? (doc.roundTable[itemId] ?? []) : [];
  const spokenInRoom = inRoom.filter((p) => spoken.includes(p.id)).length;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="round-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="round-heading">
          {t('record.roundTable.heading')}
        </Title>
        {itemId && spoken.length > 0 && (
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconRefresh size={14} />} onClick={() => resetRoundTable(editor, itemId)}>
            {t('record.roundTable.reset')}
          </Button>
        )}
      </Group>
      {itemId === null || inRoom.length === 0 ? (
        <Text c="dimmed">{t('record.roundTable.empty')}</Text>
      ) : (
        <Stack gap="sm">
          <Select
            label={t('record.roundTable.agendaItem')}
            data={items.map((i) => ({ value: i.id, label: i.title || t('record.notes.untitledItem') }))}
            value={itemId}
            onChange={setChosen}
            allowDeselect={false}
          />
          <Text size="sm" c="dimmed">
            {t('record.roundTable.hint')}
          </Text>
          <Group gap="xs">
            {inRoom.map((p) => (
              <Chip key={p.id} size="md" checked={spoken.includes(p.id)} onChange={() => toggleSpoken(editor, itemId, p.id)} color="teal">
                {p.name || '—'}
              </Chip>
            ))}
          </Group>
          <Progress value={(spokenInRoom / inRoom.length) * 100} color="teal" size="lg" radius="xl" aria-hidden />
          <Text size="sm" fw={600} data-testid="round-progress">
            {t('record.roundTable.progress', { spoken: spokenInRoom, total: inRoom.length })}
          </Text>
        </Stack>
      )}
    </Card>
  );
}

function PollCard({ editor, poll }: { editor: Editor; poll: ScalePoll }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stats = pollStats(poll);
  const scale = Math.max(1, stats.maxCount);
  return (
    <div className="poll" data-testid="poll">
      <Group wrap="nowrap" align="flex-start" gap="xs">
        <LimitedTextInput
          limit={LIMITS.poll.question}
          variant="unstyled"
          className="inline-edit"
          aria-label={t('record.polls.question')}
          value={poll.question}
          onChange={(e) => updatePollQuestion(editor, poll.id, e.currentTarget.value)}
          onBlur={() => editor.seal()}
          style={{ flex: 1 }}
          styles={{ input: { fontWeight: 600, fontSize: 16 } }}
        />
        <DeleteButton label={t('record.polls.delete')} onClick={() => deletePoll(editor, poll.id)} />
      </Group>
      <div className="histogram" role="group" aria-label={poll.question}>
        {stats.histogram.map((bar) => (
          <div className="histogram-column" key={bar.value}>
            <Text size="sm" fw={700} className="histogram-count">
              {bar.count}
            </Text>
            <div className="histogram-track">
              <div className="histogram-bar" style={{ height: `${(bar.count / scale) * 100}%` }} />
            </div>
            <Text fw={700} size="lg">
              {bar.value}
            </Text>
            <Group gap={2} wrap="nowrap">
              <ActionIcon size="md" variant="default" aria-label={t('record.polls.fewer', { value: bar.value })} disabled={bar.count === 0} onClick={() => changePollCount(editor, poll.id, bar.value, -1)}>
                <IconMinus size={14} />
              </ActionIcon>
              <ActionIcon size="md" variant="filled" aria-label={t('record.polls.more', { value: bar.value })} onClick={() => changePollCount(editor, poll.id, bar.value, 1)}>
                <IconPlus size={14} />
              </ActionIcon>
            </Group>
          </div>
        ))}
      </div>
      <Group gap="lg" mt="xs">
        <Text size="sm" c="dimmed">
          {t('record.polls.answers', { count: stats.answers })}
        </Text>
        <Text fw={700} c="teal.8" data-testid="poll-mean">
          {stats.mean === null ? t('record.polls.noAnswers') : t('record.polls.mean', { mean: format.number(stats.mean, 1) })}
        </Text>
      </Group>
    </div>
  );
}

function Polls({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const polls = useEditorState(editor, (s) => s.history.present.polls);
  const [question, setQuestion] = useState('');
  const [from, setFrom] = useState<number>(1);
  const [to, setTo] = useState<number>(6);
  const language = useWorkspaceState((s) => s.language);
  const valid = to > from && to - from < MAX_SCALE_STEPS;
  const add = () => {
    if (question.trim() === '' || !valid) return;
    addPoll(editor, question.trim(), null, from, to);
    setQuestion('');
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="polls-heading">
      <Title order={2} size="h4" id="polls-heading" mb="sm">
        {t('record.polls.heading')}
      </Title>
      <Stack gap="lg">
        {polls.length === 0 && <Text c="dimmed">{t('record.polls.empty')}</Text>}
        {polls.map((poll) => (
          <PollCard key={poll.id} editor={editor} poll={poll} />
        ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Group gap="xs" align="flex-end" wrap="wrap">
            <LimitedTextInput
              limit={LIMITS.poll.question}
              label={t('record.polls.question')}
              placeholder={t('record.polls.questionPlaceholder')}
              value={question}
              onChange={(e) => setQuestion(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 220 }}
            />
            <NumberField label={t('record.polls.from')} value={from} language={language} rules={LIMITS.poll.scaleMin} onValue={setFrom} w={76} />
            <NumberField label={t('record.polls.to')} value={to} language={language} rules={LIMITS.poll.scaleMax} onValue={setTo} w={76} />
            <Button type="submit" disabled={question.trim() === '' || !valid}>
              {t('record.polls.add')}
            </Button>
          </Group>
          {!valid && (
            <Text size="sm" c="red" mt={4}>
              {t('record.polls.scaleInvalid', { max: MAX_SCALE_STEPS })}
            </Text>
          )}
        </form>
      </Stack>
    </Card>
  );
}

function DotVotes({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const doc = useEditorState(editor, (s) => s.history.present);
  const ranked = rankDotVotes(doc.dotVotes, stickiesOf(doc));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dots-heading">
      <Title order={2} size="h4" id="dots-heading" mb="sm">
        {t('record.dotVotes.heading')}
      </Title>
      {ranked.length === 0 ? (
        <Text c="dimmed">{t('record.dotVotes.empty')}</Text>
      ) : (
        <Stack gap={6}>
          {ranked.map((row) => {
            const text = row.sticky ? row.sticky.text.trim() || t('record.dotVotes.untitledSticky') : t('record.dotVotes.deletedSticky');
            return (
              <Group key={row.id} wrap="nowrap" gap="sm" className="dot-row" data-testid="dot-row">
                <Text fw={800} w={28} c={row.votes > 0 && row.rank <= 3 ? 'teal.8' : 'dimmed'}>
                  {row.votes > 0 ? row.rank : ''}
                </Text>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Text truncate fw={500} c={row.sticky ? undefined : 'dimmed'}>
                    {text}
                  </Text>
                  {row.sticky?.boardName && (
                    <Text size="xs" c="dimmed">
                      {t('record.dotVotes.onBoard', { board: row.sticky.boardName })}
                    </Text>
                  )}
                </div>
                <span className="dots" role="img" aria-label={t('record.dotVotes.dots', { count: row.votes })}>
                  {'●'.repeat(Math.min(row.votes, 12))}
                  {row.votes > 12 ? '…' : ''}
                </span>
                <Text fw={700} w={28} ta="right">
                  {row.votes}
                </Text>
                <ActionIcon variant="default" aria-label={t('record.dotVotes.fewer', { text })} disabled={row.votes === 0} onClick={() => changeDotVotes(editor, row.id, -1)}>
                  <IconMinus size={14} />
                </ActionIcon>
                <ActionIcon variant="filled" aria-label={t('record.dotVotes.more', { text })} onClick={() => changeDotVotes(editor, row.id, 1)}>
                  <IconPlus size={14} />
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

export function ParticipationPanel({ editor }: { editor: Editor }) {
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <RoundTable editor={editor} />
        <DotVotes editor={editor} />
      </SimpleGrid>
      <Polls editor={editor} />
      <RoomPollsCard editor={editor} />
    </Stack>
  );
}
