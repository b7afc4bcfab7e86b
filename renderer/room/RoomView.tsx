import './room.css';
import { Alert, Badge, Button, Card, Checkbox, Chip, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconDoorEnter, IconDoorExit, IconHandStop, IconPlayerStop, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../shared/model/ids';
import { stickiesOf } from '../../shared/record/dotVotes';
import { publicActivity, type RoomActivity } from '../../shared/room/protocol';
import type { RoomStatus } from '../../shared/room/status';
import type { Editor } from '../editor/editor';
import { bridge } from '../app/bridge';
import { useEditorState, useWorkspaceState } from '../app/context';
import { useFormat } from '../record/hooks';
import { LiveTally } from './LiveTally';
import { recorders, roomWorkshopOf } from './RoomLink';
import { roomUi, takeStatus } from './roomStore';

async function loadInterfaces(): Promise<void> {
  const interfaces = await bridge().invoke('room:interfaces');
  const host = roomUi.getState().host;
  roomUi.setState({ interfaces, host: host && interfaces.some((i) => i.address === host) ? host : (interfaces.find((i) => i.suggested)?.address ?? null) });
}

/** Closed: choose the network, read what plain HTTP means, open. */
function OpenRoom({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const language = useWorkspaceState((s) => s.language);
  const interfaces = roomUi((s) => s.interfaces);
  const host = roomUi((s) => s.host);
  const busy = roomUi((s) => s.busy);
  const problem = roomUi((s) => s.problem);
  useEffect(() => {
    void loadInterfaces();
  }, []);
  const open = async () => {
    if (!host) return;
    roomUi.setState({ busy: true, problem: null });
    try {
      const result = await bridge().invoke('room:open', { host, port: null, workshop: roomWorkshopOf(editor.document, language) });
      if (result.status === 'opened') {
        takeStatus(result.room.status);
        recorders.get(editor)?.checkIns(result.room.status.devices);
      } else roomUi.setState({ problem: { kind: result.problem, detail: result.detail } });
    } catch (error) {
      roomUi.setState({ problem: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } });
    } finally {
      roomUi.setState({ busy: false });
    }
  };
  const chosen = interfaces.find((i) => i.address === host);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="room-open-heading" maw={760}>
      <Stack gap="md">
        <Title order={2} size="h3" id="room-open-heading">
          {t('room.open.heading')}
        </Title>
        <Text>{t('room.open.intro')}</Text>
        <Select
          label={t('room.open.network')}
          description={t('room.open.networkHint')}
          data={interfaces.map((i) => ({ value: i.address, label: `${i.address} — ${i.name}${i.internal ? ` (${t('room.open.thisComputer')})` : ''}${i.suggested ? ` · ${t('room.open.suggested')}` : ''}` }))}
          value={host}
          onChange={(value) => roomUi.setState({ host: value })}
          allowDeselect={false}
          data-testid="room-interface"
          nothingFoundMessage={t('room.open.noNetwork')}
        />
        {chosen && (
          <Text size="sm" data-testid="room-phones-use">
            {chosen.internal ? t('room.open.onlyThisComputer') : t('room.open.phonesUse', { address: `http://${chosen.address}` })}
          </Text>
        )}
        <Alert color="yellow" icon={<IconAlertTriangle />} title={t('room.open.httpTitle')} data-testid="room-http-warning">
          {t('room.open.httpWarning')}
        </Alert>
        {problem && (
          <Alert color="red" title={t('room.open.failed')} data-testid="room-problem">
            {t(`room.problems.${problem.kind}`)}
            <Text size="xs" c="dimmed" mt={4}>
              {problem.detail}
            </Text>
          </Alert>
        )}
        <Group>
          <Button size="md" leftSection={<IconDoorEnter size={20} />} loading={busy} disabled={!host || editor.origin.readOnly} onClick={() => void open()}>
            {t('room.open.button')}
          </Button>
          <Button variant="subtle" leftSection={<IconRefresh size={16} />} onClick={() => void loadInterfaces()}>
            {t('room.open.refresh')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function JoinCard({ editor, status }: { editor: Editor; status: RoomStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const onProjector = roomUi((s) => s.onProjector);
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.join.qrSvg)}`;
  const expires = new Date(status.join.codeExpiresAt);
  const close = async () => {
    await end(editor);
    await bridge().invoke('room:close');
    roomUi.setState({ status: null });
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="room-join-heading">
      <Stack gap="sm" align="flex-start">
        <Group justify="space-between" w="100%">
          <Title order={2} size="h4" id="room-join-heading">
            {t('room.join.heading')}
          </Title>
          <Badge color="teal" size="lg" tt="none" data-testid="room-open-badge">
            {t('room.join.open')}
          </Badge>
        </Group>
        <img className="room-qr" src={src} alt={t('room.join.qrAlt', { url: status.join.url })} data-testid="room-qr" />
        <Text size="sm" className="room-url" data-testid="room-url">
          {status.join.url}
        </Text>
        <Text>
          {t('room.join.orType')} <strong data-testid="room-short-url">{status.join.shortUrl}</strong>
        </Text>
        <Text>
          {t('room.join.code')} <strong className="room-code" data-testid="room-code">{status.join.code}</strong>{' '}
          <Text span size="sm" c="dimmed">
            {t('room.join.expires', { time: format.clock(`${String(expires.getHours()).padStart(2, '0')}:${String(expires.getMinutes()).padStart(2, '0')}`) })}
          </Text>
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={() => void bridge().invoke('room:newCode')}>
            {t('room.join.newCode')}
          </Button>
        </Group>
        <Checkbox label={t('room.join.onProjector')} checked={onProjector} onChange={(e) => roomUi.setState({ onProjector: e.currentTarget.checked })} />
        <Text size="sm" c="dimmed">
          {t('room.open.httpShort')}
        </Text>
        <Button color="red" variant="light" leftSection={<IconDoorExit size={18} />} onClick={() => void close()}>
          {t('room.join.close')}
        </Button>
      </Stack>
    </Card>
  );
}

/** Ends the open activity and puts what it came to into the record. */
async function end(editor: Editor): Promise<void> {
  const { result } = await bridge().invoke('room:end');
  if (result) recorders.get(editor)?.result(result);
}

type Kind = 'scale' | 'choice' | 'text' | 'dots' | 'ideas';
/** The destination select's value for "the improvement board" (board ids are UUIDs, never this). */
const IMPROVEMENT_BOARD = 'improvement-board';

function Launcher({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const boards = useEditorState(editor, (s) => s.history.present.boards);
  const hasImprovementBoard = useEditorState(editor, (s) => s.history.present.teamBoards !== null);
  const [kind, setKind] = useState<Kind>('scale');
  const [question, setQuestion] = useState('');
  const [min, setMin] = useState(1);
  const [max, setMax] = useState(6);
  const [lowLabel, setLowLabel] = useState('');
  const [highLabel, setHighLabel] = useState('');
  const [options, setOptions] = useState('');
  const [dots, setDots] = useState(3);
  const [boardId, setBoardId] = useState<string | null>(null);
  /** An idea round's destination: a board's inbox, or the improvement board (offered in a board meeting). */
  const [ideasTo, setIdeasTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const board = boards.find((b) => b.id === boardId) ?? boards.find((b) => stickiesOf({ boards: [b] }).length > 0) ?? boards[0] ?? null;
  const suggestions = kind === 'ideas' && hasImprovementBoard && (ideasTo ?? IMPROVEMENT_BOARD) === IMPROVEMENT_BOARD;
  const stickies = board ? stickiesOf({ boards: [board] }).filter((s) => s.text.trim() !== '') : [];
  const optionList = options
    .split('\n')
    .map((o) => o.trim())
    .filter((o) => o !== '');

  const activity = (): RoomActivity | null => {
    const id = newId();
    const q = question.trim();
    if (kind === 'scale') return q && max > min ? { kind: 'poll', id, question: q, poll: { type: 'scale', min, max, lowLabel: lowLabel.trim(), highLabel: highLabel.trim() } } : null;
    if (kind === 'choice') return q && optionList.length >= 2 && optionList.length <= 10 ? { kind: 'poll', id, question: q, poll: { type: 'choice', options: optionList.map((o) => o.slice(0, 120)) } } : null;
    if (kind === 'text') return q ? { kind: 'poll', id, question: q, poll: { type: 'text' } } : null;
    if (kind === 'dots')
      return board && stickies.length > 0 ? { kind: 'dots', id, prompt: q, boardId: board.id, dotsPerPerson: dots, stickies: stickies.slice(0, 200).map((s) => ({ id: s.id, text: s.text.slice(0, 500) })) } : null;
    if (suggestions) return { kind: 'ideas', id, prompt: q, boardId: null };
    return board ? { kind: 'ideas', id, prompt: q, boardId: board.id } : null;
  };
  const ready = activity() !== null;
  const start = async () => {
    const next = activity();
    if (!next) return;
    setError(null);
    try {
      takeStatus(await bridge().invoke('room:start', { activity: next }));
      setQuestion('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const needsBoard = kind === 'dots' || kind === 'ideas';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <Stack gap="sm">
        {/* Chips wrap where five segments would not fit beside the join card. */}
        <Chip.Group multiple={false} value={kind} onChange={(v) => setKind(v as Kind)}>
          <Group gap="xs" role="radiogroup" aria-label={t('room.activity.kind')} data-testid="room-kind">
            {(['scale', 'choice', 'text', 'dots', 'ideas'] as const).map((k) => (
              <Chip key={k} value={k} type="radio" variant="outline">
                {t(`room.kinds.${k}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <TextInput
          label={kind === 'dots' || kind === 'ideas' ? t('room.activity.prompt') : t('room.activity.question')}
          placeholder={t(`room.placeholders.${kind}`)}
          value={question}
          onChange={(e) => setQuestion(e.currentTarget.value)}
          maxLength={500}
          data-testid="room-question"
        />
        {kind === 'scale' && (
          // One row per end of the scale: side by side the Swedish and Norwegian labels wrapped and the placeholders were cut off.
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <NumberInput label={t('room.activity.from')} value={min} onChange={(v) => setMin(Number(v))} min={0} max={9} w={80} allowDecimal={false} />
              <TextInput label={t('room.activity.lowLabel')} placeholder={t('room.placeholders.low')} value={lowLabel} onChange={(e) => setLowLabel(e.currentTarget.value)} maxLength={60} style={{ flex: 1 }} />
            </Group>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <NumberInput label={t('room.activity.to')} value={max} onChange={(v) => setMax(Number(v))} min={1} max={10} w={80} allowDecimal={false} />
              <TextInput label={t('room.activity.highLabel')} placeholder={t('room.placeholders.high')} value={highLabel} onChange={(e) => setHighLabel(e.currentTarget.value)} maxLength={60} style={{ flex: 1 }} />
            </Group>
          </Stack>
        )}
        {kind === 'choice' && (
          <Textarea label={t('room.activity.options')} description={t('room.activity.optionsHint')} value={options} onChange={(e) => setOptions(e.currentTarget.value)} autosize minRows={3} />
        )}
        {kind === 'ideas' && hasImprovementBoard && (
          <Select
            label={t('room.activity.ideasTo')}
            data={[{ value: IMPROVEMENT_BOARD, label: t('room.activity.improvementBoard') }, ...boards.map((b) => ({ value: b.id, label: b.name || t('room.activity.untitledBoard') }))]}
            value={suggestions ? IMPROVEMENT_BOARD : (board?.id ?? null)}
            onChange={(v) => {
              setIdeasTo(v);
              if (v !== IMPROVEMENT_BOARD) setBoardId(v);
            }}
            allowDeselect={false}
            data-testid="room-ideas-to"
          />
        )}
        {needsBoard && !(kind === 'ideas' && hasImprovementBoard) && (
          <Select
            label={t('room.activity.board')}
            data={boards.map((b) => ({ value: b.id, label: b.name || t('room.activity.untitledBoard') }))}
            value={board?.id ?? null}
            onChange={setBoardId}
            allowDeselect={false}
            nothingFoundMessage={t('room.activity.noBoards')}
          />
        )}
        {kind === 'dots' && (
          <>
            <NumberInput label={t('room.activity.dots')} value={dots} onChange={(v) => setDots(Number(v))} min={1} max={10} w={160} allowDecimal={false} />
            <Text size="sm" c={stickies.length === 0 ? 'red' : 'dimmed'}>
              {t('room.activity.stickies', { count: stickies.length })}
            </Text>
          </>
        )}
        {kind === 'ideas' && (
          <Text size="sm" c="dimmed">
            {suggestions ? t('room.activity.suggestionsHint') : boards.length === 0 ? t('room.activity.noBoards') : t('room.activity.ideasHint')}
          </Text>
        )}
        {error && <Text c="red">{error}</Text>}
        <Button type="submit" size="md" disabled={!ready || editor.origin.readOnly} data-testid="room-start">
          {t('room.activity.start')}
        </Button>
      </Stack>
    </form>
  );
}

function ActivityCard({ editor, status }: { editor: Editor; status: RoomStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const activity = status.activity;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="room-activity-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="room-activity-heading">
          {activity ? t(`room.kinds.${activity.kind === 'poll' ? activity.poll.type : activity.kind}`) : t('room.activity.heading')}
        </Title>
        {activity && status.live ? (
          <>
            <Text fw={600} size="lg" data-testid="room-activity-text">
              {activity.kind === 'poll' ? activity.question : activity.prompt}
            </Text>
            <LiveTally activity={publicActivity(activity)} live={status.live} t={t} formatNumber={(n) => format.number(n, 1)} />
            <Button size="md" color="teal" leftSection={<IconPlayerStop size={18} />} onClick={() => void end(editor)} data-testid="room-end">
              {t('room.activity.end')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('room.activity.endHint')}
            </Text>
          </>
        ) : (
          <Launcher editor={editor} />
        )}
      </Stack>
    </Card>
  );
}

function People({ status }: { status: RoomStatus }) {
  const { t } = useTranslation();
  const named = status.devices.filter((d) => d.name !== null);
  const anonymous = status.devices.filter((d) => d.name === null).length;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="room-people-heading">
        <Title order={2} size="h4" id="room-people-heading" mb="sm">
          {t('room.people.heading', { count: status.devices.length })}
        </Title>
        {status.devices.length === 0 ? (
          <Text c="dimmed">{t('room.people.none')}</Text>
        ) : (
          <Stack gap={4}>
            <ul className="room-people" data-testid="room-people">
              {named.map((d) => (
                <li key={d.key}>
                  <span>{d.name}</span>
                  <Text span size="sm" c="dimmed">
                    {d.arrivedAt ?? ''}
                  </Text>
                  {d.newParticipant && (
                    <Badge size="sm" variant="light" tt="none">
                      {t('room.people.new')}
                    </Badge>
                  )}
                  {!d.connected && (
                    <Badge size="sm" variant="outline" color="gray" tt="none">
                      {t('room.people.away')}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
            {anonymous > 0 && (
              <Text size="sm" c="dimmed">
                {t('room.people.anonymous', { count: anonymous })}
              </Text>
            )}
          </Stack>
        )}
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="room-hands-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="room-hands-heading">
            <IconHandStop size={18} style={{ verticalAlign: -3, marginRight: 6 }} />
            {t('room.hands.heading')}
          </Title>
          {status.hands.length > 0 && (
            <Button size="xs" variant="default" onClick={() => void bridge().invoke('room:clearHands')}>
              {t('room.hands.clear')}
            </Button>
          )}
        </Group>
        {status.hands.length === 0 ? (
          <Text c="dimmed">{t('room.hands.none')}</Text>
        ) : (
          <ol className="room-hands" data-testid="room-hands">
            {status.hands.map((h) => (
              <li key={h.key}>{h.name ?? t('room.hands.anonymous')}</li>
            ))}
          </ol>
        )}
      </Card>
    </SimpleGrid>
  );
}

/** The Room tab: open the room for phones, run check-in, polls, dot votes and idea rounds. */
export function RoomView({ editor }: { editor: Editor }) {
  const status = roomUi((s) => s.status);
  if (!status) return <OpenRoom editor={editor} />;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <JoinCard editor={editor} status={status} />
        <ActivityCard editor={editor} status={status} />
      </SimpleGrid>
      <People status={status} />
    </Stack>
  );
}
