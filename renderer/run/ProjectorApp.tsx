import '@mantine/core/styles.css';
import '../app/app.css';
import './run.css';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { shownSeconds, timerTone } from '../../shared/agenda/timer';
import { formatClock } from '../../shared/i18n/format';
import { cssVariablesResolver, theme } from '../app/theme';
import { Countdown } from './Countdown';
import { TimeUpSignal } from './TimeUpSignal';
import { useTimerEvents, visitKeyOf } from './timerEvents';
import { channelName, LinkMessage, preciseNow, type ProjectorBoard, type ProjectorRoom, type ProjectorSnapshot, type ProjectorTeamBoards } from './projectorLink';
import { ProjectorRoomPanel } from '../room/ProjectorRoomPanel';
import { touchClock } from './timerClock';
import { useRunState } from './useRunState';

/**
 * The board behind everything, fitted to the screen and dimmed. An <img> of the SVG stays a vector
 * (crisp at any size) and runs nothing that might be in the drawing.
 */
function BoardBackdrop({ board }: { board: ProjectorBoard }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(board.svg)}`, [board.svg]);
  return (
    <div className="projector-board" style={{ backgroundColor: board.paper }} data-testid="projector-board" data-board-id={board.id} aria-hidden>
      <img src={src} alt="" draggable={false} />
    </div>
  );
}

/**
 * A board meeting's KPI round or suggestions: the team board fills the screen, readable from the
 * back of the room, with the item and its countdown in a band across the top.
 */
function TeamBoardScreen({ svg, title, kind, children }: { svg: string; title: string; kind: string; children: React.ReactNode }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, [svg]);
  return (
    <div className="projector projector-team-board" data-testid="projector" data-team-board={kind}>
      <header className="projector-team-band">
        <span className="projector-team-title" data-testid="projector-title">
          {title}
        </span>
        {children}
      </header>
      <img className="projector-team-image" src={src} alt="" draggable={false} data-testid="projector-team-board" />
    </div>
  );
}

/** The room's view: the current item, its countdown in type readable from the back row, the next item, optionally the board behind. */
function ProjectorScreen({ snapshot, board, room, teamBoards }: { snapshot: ProjectorSnapshot; board: ProjectorBoard | null; room: ProjectorRoom | null; teamBoards: ProjectorTeamBoards | null }) {
  const { t } = useTranslation();
  const { view, nowMinutes } = useRunState(snapshot.run, snapshot.items, snapshot.startTime);
  const items = snapshot.items;
  const current = items[view.currentIndex];
  const shows = view.status === 'running' || view.status === 'paused' ? current?.shows : null;
  // The chime's visual counterpart for the room, and the countdown's colour said in words too.
  const [signalAt, setSignalAt] = useState<number | null>(null);
  useTimerEvents({ visitKey: visitKeyOf(snapshot.run.visits.at(-1)), status: view.status, seconds: shownSeconds(view.remainingMs) }, (event) => {
    if (event === 'timeUp') setSignalAt(Date.now());
  });
  // The room's join card, while it is shown, comes first; otherwise the item's team board.
  if (shows && teamBoards && !room) {
    return (
      <TeamBoardScreen svg={teamBoards[shows]} kind={shows} title={current?.title || t('run.untitledItem')}>
        {view.status === 'paused' && <span className="projector-paused" data-testid="projector-paused">{t('run.status.paused')}</span>}
        <Countdown view={view} preferences={snapshot.preferences} className="projector-team-countdown" />
        <TimeUpSignal at={signalAt} className="projector-time-up in-band" />
        <span className="projector-clock">{formatClock(Math.floor(nowMinutes), snapshot.language)}</span>
      </TeamBoardScreen>
    );
  }
  const next = view.status === 'notStarted' ? items[0] : items.find((item) => item.id === view.nextItemId);
  const titleOf = (item: (typeof items)[number] | undefined) => (item ? item.title || t('run.untitledItem') : '');
  const headline = view.status === 'notStarted' ? t('run.projector.notStarted') : view.status === 'finished' ? t('run.finishedTitle') : titleOf(current);
  const prefs = snapshot.preferences;
  const tone = view.status === 'running' || view.status === 'paused' ? timerTone(view, prefs.warnAtPercent / 100, prefs.urgentAtPercent / 100) : 'calm';
  const toneWords = tone === 'overtime' ? t('run.overtime') : tone === 'calm' ? null : t('access.timer.runningLow', { percent: tone === 'warn' ? prefs.warnAtPercent : prefs.urgentAtPercent });
  return (
    <div className={board ? 'projector with-board' : 'projector'} data-testid="projector" data-status={view.status}>
      {board && <BoardBackdrop board={board} />}
      <header className="projector-top">
        <span>{snapshot.title}</span>
        <span className="projector-clock">{formatClock(Math.floor(nowMinutes), snapshot.language)}</span>
      </header>
      <main className="projector-centre">
        {room ? (
          <div className="projector-scrim">
            <ProjectorRoomPanel room={room} language={snapshot.language} />
          </div>
        ) : (
        <div className="projector-scrim">
          <div className="projector-kind">
            {current && current.kind !== 'item' ? t(`agenda.kind.${current.kind}`) : ''}
            {view.status === 'paused' && <span className="projector-paused" data-testid="projector-paused">{t('run.status.paused')}</span>}
          </div>
          <h1 className="projector-title" data-testid="projector-title">
            {headline}
          </h1>
          {view.status !== 'finished' && view.status !== 'notStarted' && <Countdown view={view} preferences={snapshot.preferences} className="projector-countdown" />}
          {toneWords && view.status !== 'finished' && (
            <div className="countdown-low" data-testid="projector-tone">
              {toneWords}
            </div>
          )}
          <TimeUpSignal at={signalAt} className="projector-time-up" />
        </div>
        )}
      </main>
      <footer className="projector-next" data-testid="projector-next">
        {next && view.status !== 'finished' ? (
          <>
            <span className="label">{t('run.upNext')}</span> {titleOf(next)} · {t('agenda.minutesShort', { count: next.plannedMinutes })}
          </>
        ) : null}
      </footer>
    </div>
  );
}

function Projector({ link, i18n }: { link: string; i18n: I18n }) {
  const [message, setMessage] = useState<Extract<LinkMessage, { type: 'state' }> | null>(null);
  const [board, setBoard] = useState<ProjectorBoard | null>(null);
  const [room, setRoom] = useState<ProjectorRoom | null>(null);
  const [teamBoards, setTeamBoards] = useState<ProjectorTeamBoards | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const bc = new BroadcastChannel(channelName(link));
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = LinkMessage.safeParse(event.data);
      if (!parsed.success) return;
      if (parsed.data.type === 'board') setBoard(parsed.data.board);
      if (parsed.data.type === 'room') setRoom(parsed.data.room);
      if (parsed.data.type === 'teamBoards') setTeamBoards(parsed.data.boards);
      if (parsed.data.type !== 'state') return;
      touchClock();
      setMessage(parsed.data);
    };
    bc.postMessage({ type: 'hello' } satisfies LinkMessage);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') bc.postMessage({ type: 'close' } satisfies LinkMessage);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      bc.close();
    };
  }, [link]);

  const language = message?.snapshot.language;
  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
    if (language) document.documentElement.lang = language;
  }, [i18n, language]);

  // The delay from the facilitator's action to this window's repaint, as a performance measure
  // (read by `npm run bench:timer`): the frame after the commit is the one that shows the change.
  useLayoutEffect(() => {
    const actionAt = message?.actionAt;
    if (actionAt == null) return;
    requestAnimationFrame(() => {
      const start = actionAt - performance.timeOrigin;
      performance.measure('verkstad:projector-delay', { start, end: Math.max(start, preciseNow() - performance.timeOrigin) });
    });
  }, [message]);

  if (!message)
    return (
      <div className="projector projector-waiting" data-testid="projector">
        {i18n.t('run.projector.waiting')}
      </div>
    );
  return <ProjectorScreen snapshot={message.snapshot} board={board} room={room} teamBoards={teamBoards} />;
}

export function ProjectorApp({ link, i18n }: { link: string; i18n: I18n }) {
  useEffect(() => {
    document.title = 'Verkstad';
    document.body.classList.add('projector-body');
  }, []);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="dark">
      <I18nextProvider i18n={i18n}>
        <Projector link={link} i18n={i18n} />
      </I18nextProvider>
    </MantineProvider>
  );
}
