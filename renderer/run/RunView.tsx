import './run.css';
import { ActionIcon, Badge, Button, Card, Group, NativeSelect, Popover, Progress, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconPlayerSkipBack, IconPlayerSkipForward, IconPlayerStop, IconPresentation, IconSettings, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { shownSeconds, timerTone, timerView } from '../../shared/agenda/timer';
import type { TimerPreferences } from '../../shared/ipc/runContract';
import { formatClock } from '../../shared/i18n/format';
import type { AgendaItem } from '../../shared/model/agenda';
import type { Language } from '../../shared/model/language';
import { activeBoardId } from '../editor/board/canvasState';
import type { Editor } from '../editor/editor';
import { useEditorState, useWorkspaceState } from '../app/context';
import { LIMITS } from '../app/fields/limits';
import { NumberField } from '../app/fields/NumberField';
import { Countdown } from './Countdown';
import { LateIndicator } from './LateIndicator';
import { playChime } from './chime';
import { openProjector, refreshDisplays, toggleProjector, updateTimerPreferences } from './projectorControl';
import { clearRunLog, runActions } from './runActions';
import type { RunUi } from './runStore';
import { useSessionRunUi } from './useSessionRunUi';
import { readClock } from './timerClock';
import { TimeUpSignal } from './TimeUpSignal';
import { useTimerEvents, visitKeyOf } from './timerEvents';
import { useRunState } from './useRunState';

function ProjectorControls({ editor, runUi }: { editor: Editor; runUi: RunUi }) {
  const { t } = useTranslation();
  const { projectorOpen, displays, projectorDisplayId, projectorError } = useStore(runUi);
  useEffect(() => {
    void refreshDisplays(runUi).catch(() => undefined);
  }, [runUi]);
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Button
          size="md"
          variant={projectorOpen ? 'filled' : 'light'}
          leftSection={<IconPresentation size={20} />}
          onClick={() => void toggleProjector(runUi, editor)}
          data-testid="projector-toggle"
        >
          {projectorOpen ? t('run.projector.hide') : t('run.projector.show')}
        </Button>
        {displays.length > 1 && (
          <NativeSelect
            label={t('run.projector.display')}
            value={projectorDisplayId === null ? '' : String(projectorDisplayId)}
            data={[
              { value: '', label: t('run.projector.automatic') },
              ...displays.map((display) => ({ value: String(display.id), label: display.primary ? t('run.projector.primary', { label: display.label }) : display.label })),
            ]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              const displayId = value === '' ? null : Number(value);
              runUi.setState({ projectorDisplayId: displayId });
              if (runUi.getState().projectorOpen) void openProjector(runUi, editor, displayId);
            }}
          />
        )}
        <ProjectorBoardControls editor={editor} runUi={runUi} />
        {projectorError && (
          <Text c="red.8" size="sm">
            {t('run.projector.failed', { detail: projectorError })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The board behind the projector's countdown: on or off (remembered), and which one. */
function ProjectorBoardControls({ editor, runUi }: { editor: Editor; runUi: RunUi }) {
  const { t } = useTranslation();
  const enabled = useStore(runUi, (s) => s.preferences.boardOnProjector);
  const chosenId = useStore(runUi, (s) => s.projectorBoardId);
  const boards = useEditorState(editor, (s) => s.history.present.boards);
  const shown = boards.find((b) => b.id === chosenId)?.id ?? activeBoardId(editor);
  return (
    <>
      <Switch
        mt={4}
        label={t('run.projector.board')}
        description={boards.length === 0 ? t('run.projector.noBoards') : t('run.projector.boardHint')}
        checked={enabled}
        disabled={boards.length === 0 && !enabled}
        onChange={(event) => void updateTimerPreferences(runUi, { boardOnProjector: event.currentTarget.checked })}
        data-testid="projector-board-toggle"
      />
      {enabled && boards.length > 1 && (
        <NativeSelect
          label={t('run.projector.whichBoard')}
          value={shown ?? ''}
          data={boards.map((board, index) => ({ value: board.id, label: board.name || t('canvas.boards.untitled', { number: index + 1 }) }))}
          onChange={(event) => runUi.setState({ projectorBoardId: event.currentTarget.value })}
          data-testid="projector-board-choice"
        />
      )}
    </>
  );
}

function TimerSettings({ runUi }: { runUi: RunUi }) {
  const { t } = useTranslation();
  const language = useWorkspaceState((s) => s.language);
  const preferences = useStore(runUi, (s) => s.preferences);
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Tooltip label={t('run.timerSettings')}>
          <ActionIcon variant="default" size="lg" aria-label={t('run.timerSettings')}>
            <IconSettings size={18} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm" w={260}>
          <Switch label={t('run.chime')} checked={preferences.chime} onChange={(e) => void updateTimerPreferences(runUi, { chime: e.currentTarget.checked })} />
          <NumberField
            label={t('run.warnAt')}
            language={language}
            rules={LIMITS.timer.percent}
            value={preferences.warnAtPercent}
            onValue={(warnAtPercent) => void updateTimerPreferences(runUi, { warnAtPercent })}
          />
          <NumberField
            label={t('run.urgentAt')}
            language={language}
            rules={LIMITS.timer.percent}
            value={preferences.urgentAtPercent}
            onValue={(urgentAtPercent) => void updateTimerPreferences(runUi, { urgentAtPercent })}
          />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function useLiveRun(editor: Editor) {
  const doc = useEditorState(editor, (s) => s.history.present);
  return { doc, ...useRunState(doc.run, doc.agenda.items, doc.header.startTime, doc.header.date) };
}

/**
 * The big number, the overtime label and the bar: the only part that re-renders every second.
 * At the moments worth telling (timerEvents.ts) it speaks through a polite live region, and at
 * "time up" it chimes (unless muted) and shows the chime's visual counterpart.
 */
function LiveCountdown({ editor, preferences }: { editor: Editor; preferences: TimerPreferences }) {
  const { t } = useTranslation();
  const { doc, view } = useLiveRun(editor);
  const current = doc.agenda.items[view.currentIndex];
  const [announcement, setAnnouncement] = useState('');
  const [signalAt, setSignalAt] = useState<number | null>(null);
  const title = current ? current.title || t('run.untitledItem') : '';
  useTimerEvents({ visitKey: visitKeyOf(doc.run.visits.at(-1)), status: view.status, seconds: shownSeconds(view.remainingMs) }, (event) => {
    if (event === 'timeUp') {
      if (preferences.chime) playChime(current && current.kind !== 'item' ? 'breakOver' : 'timeUp');
      setSignalAt(Date.now());
    }
    setAnnouncement(event === 'itemStarted' ? t('access.timer.itemStarted', { title, minutes: Math.round(view.allowedMs / 60_000) }) : event === 'finished' ? t('access.timer.finished') : t(`access.timer.${event}`, { title }));
  });
  const shownFraction = view.allowedMs > 0 ? Math.max(0, Math.min(1, view.remainingMs / view.allowedMs)) : 0;
  const live = view.status === 'running' || view.status === 'paused';
  const tone = live ? timerTone(view, preferences.warnAtPercent / 100, preferences.urgentAtPercent / 100) : 'calm';
  const low = tone === 'warn' || tone === 'urgent' ? t('access.timer.runningLow', { percent: tone === 'warn' ? preferences.warnAtPercent : preferences.urgentAtPercent }) : null;
  return (
    <>
      <Countdown view={view} preferences={preferences} className="run-countdown" />
      <Text ta="center" c="dimmed" tt="uppercase" fw={600} size="sm" mt={-8} data-testid="countdown-label">
        {live && view.remainingMs < 0 ? t('run.overtime') : t('run.timeLeft')}
        {low && ` · ${low}`}
      </Text>
      <Progress value={shownFraction * 100} size="md" radius="xl" mt="md" color={view.remainingMs <= 0 ? 'red' : 'teal'} aria-hidden />
      <TimeUpSignal at={signalAt} />
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="timer-announcement">
        {announcement}
      </div>
    </>
  );
}

function LiveLateIndicator({ editor, finished, language }: { editor: Editor; finished: boolean; language: Language }) {
  const { progress } = useLiveRun(editor);
  return <LateIndicator progress={progress} finished={finished} language={language} />;
}

function RestOfAgenda({ editor, currentId, language, title }: { editor: Editor; currentId: string | undefined; language: Language; title: (item: AgendaItem | undefined) => string }) {
  const { t } = useTranslation();
  const { doc, progress } = useLiveRun(editor);
  if (!progress || progress.remaining.length === 0) return null;
  return (
    <Card withBorder padding="md">
      <Text tt="uppercase" fw={700} c="dimmed" size="xs" mb={6}>
        {t('run.restOfAgenda')}
      </Text>
      <Stack gap={4} component="ol" className="run-rest" data-testid="run-rest">
        {progress.remaining.map((slot) => (
          <li key={slot.id} className={slot.id === currentId ? 'is-current' : undefined}>
            <span className="clock">{formatClock(Math.round(slot.start), language)}</span>
            <span className="what">{title(doc.agenda.items.find((candidate) => candidate.id === slot.id))}</span>
          </li>
        ))}
      </Stack>
    </Card>
  );
}

/** The Run view of the open workshop, with its session's run UI (projector state, preferences). */
export function RunView({ editor }: { editor: Editor }) {
  const runUi = useSessionRunUi(editor);
  return runUi ? <RunScreen editor={editor} runUi={runUi} /> : null;
}

function RunScreen({ editor, runUi }: { editor: Editor; runUi: RunUi }) {
  const { t } = useTranslation();
  const language = useWorkspaceState((s) => s.language);
  const doc = useEditorState(editor, (s) => s.history.present);
  const preferences = useStore(runUi, (s) => s.preferences);
  const items = doc.agenda.items;
  // What changes only with the run log (status, current and next item); the ticking parts below
  // subscribe to the clock themselves, so a second re-renders only the countdown.
  const view = timerView(doc.run, items, readClock());
  const readOnly = editor.origin.readOnly;
  const current = items[view.currentIndex];
  // Before the start the item Start begins is shown as current, so "next" is the one after it.
  const next = view.status === 'notStarted' ? items[1] : items.find((item) => item.id === view.nextItemId);
  const root = useRef<HTMLDivElement>(null);

  // The single-key shortcuts work while this view is shown; focus leaves the tab so arrows do not switch tabs.
  useEffect(() => {
    runUi.setState({ runViewShown: true });
    root.current?.focus();
    return () => runUi.setState({ runViewShown: false });
  }, [runUi]);

  const title = (item: AgendaItem | undefined) => (item ? item.title || t('run.untitledItem') : '');
  const finished = view.status === 'finished';

  if (items.length === 0)
    return (
      <Card withBorder padding="xl">
        <Text c="dimmed" size="lg">
          {t('run.emptyAgenda')}
        </Text>
      </Card>
    );

  return (
    <div className="run-view" ref={root} tabIndex={-1} data-testid="run-view" data-status={view.status}>
      <div className="run-main">
        <Card withBorder padding="xl" className="run-stage">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Text tt="uppercase" fw={700} c="dimmed" size="sm">
                  {view.status === 'notStarted' ? t('run.readyTitle') : finished ? t('run.finishedTitle') : t('run.now')}
                </Text>
                {current && current.kind !== 'item' && <Badge variant="light">{t(`agenda.kind.${current.kind}`)}</Badge>}
                {view.status === 'paused' && (
                  <Badge color="yellow" variant="filled" data-testid="paused-badge">
                    {t('run.status.paused')}
                  </Badge>
                )}
              </Group>
              <Title order={2} className="run-title" data-testid="run-current-title">
                {view.status === 'notStarted' ? title(items[0]) : finished ? doc.header.title || t('run.finishedTitle') : title(current)}
              </Title>
              {current?.owner && <Text c="dimmed">{t('run.ownerIs', { name: current.owner })}</Text>}
            </Stack>
            <TimerSettings runUi={runUi} />
          </Group>

          <LiveCountdown editor={editor} preferences={preferences} />

          <Group justify="center" mt="xl" gap="md">
            <Button size="lg" variant="default" leftSection={<IconPlayerSkipBack size={22} />} disabled={readOnly || view.status === 'notStarted' || (view.currentIndex <= 0 && !finished)} onClick={() => runActions.previous(editor)}>
              {t('run.previous')}
            </Button>
            {view.status === 'notStarted' && (
              <Button size="lg" leftSection={<IconPlayerPlay size={22} />} disabled={readOnly} onClick={() => runActions.start(editor)} data-testid="run-start">
                {t('run.start')}
              </Button>
            )}
            {view.status === 'running' && (
              <Button size="lg" color="yellow.7" leftSection={<IconPlayerPause size={22} />} disabled={readOnly} onClick={() => runActions.pause(editor)} data-testid="run-pause">
                {t('run.pause')}
              </Button>
            )}
            {view.status === 'paused' && (
              <Button size="lg" leftSection={<IconPlayerPlay size={22} />} disabled={readOnly} onClick={() => runActions.resume(editor)} data-testid="run-resume">
                {t('run.resume')}
              </Button>
            )}
            <Button size="lg" variant="default" rightSection={<IconPlayerSkipForward size={22} />} disabled={readOnly || view.status === 'notStarted' || finished} onClick={() => runActions.next(editor)} data-testid="run-next">
              {next || view.status === 'notStarted' ? t('run.next') : t('run.finish')}
            </Button>
          </Group>

          <Group justify="center" mt="md" gap="xs" aria-label={t('run.moreTime')} role="group">
            {[-5, -1, 1, 5].map((minutes) => (
              <Button
                key={minutes}
                variant="light"
                color={minutes < 0 ? 'gray' : 'teal'}
                disabled={readOnly || !current || finished}
                onClick={() => runActions.extend(editor, minutes)}
                data-testid={`run-extend-${minutes}`}
              >
                {t('run.minutes', { sign: minutes > 0 ? '+' : '−', count: Math.abs(minutes) })}
              </Button>
            ))}
          </Group>

          <Group justify="center" mt="xl">
            <LiveLateIndicator editor={editor} finished={finished} language={language} />
          </Group>
        </Card>
        <Text c="dimmed" size="sm" ta="center">
          {t('run.shortcutsHint')}
        </Text>
      </div>

      <Stack className="run-side" gap="md">
        <ProjectorControls editor={editor} runUi={runUi} />
        <Card withBorder padding="md">
          <Text tt="uppercase" fw={700} c="dimmed" size="xs">
            {t('run.upNext')}
          </Text>
          <Text fw={600} size="lg" data-testid="run-next-title">
            {next ? title(next) : t('run.lastItem')}
          </Text>
          {next && (
            <Text c="dimmed" size="sm">
              {t('agenda.minutesShort', { count: next.plannedMinutes })}
              {next.owner ? ` · ${next.owner}` : ''}
            </Text>
          )}
        </Card>
        <Card withBorder padding="md">
          <Text tt="uppercase" fw={700} c="dimmed" size="xs">
            {t('run.notes')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} c={current?.notes ? undefined : 'dimmed'} size="sm">
            {(view.status === 'notStarted' ? items[0]?.notes : current?.notes) || t('run.noNotes')}
          </Text>
        </Card>
        <RestOfAgenda editor={editor} currentId={current?.id} language={language} title={title} />
        {!readOnly && doc.run.startedAt !== null && (
          <Group justify="flex-end" gap="xs">
            {!finished && (
              <Button variant="subtle" color="gray" size="xs" leftSection={<IconPlayerStop size={14} />} onClick={() => runActions.finish(editor)}>
                {t('run.finish')}
              </Button>
            )}
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              title={t('run.resetConfirm')}
              onClick={() => clearRunLog(editor)}
            >
              {t('run.reset')}
            </Button>
          </Group>
        )}
      </Stack>
    </div>
  );
}
