import { useEffect } from 'react';
import type { Workshop } from '../../shared/model/workshop';
import { canvasStateOf } from '../editor/board/canvasState';
import type { Editor } from '../editor/editor';
import { useWorkspaceState } from '../app/context';
import { closeProjector, linkOf, listenForProjectorClosed, loadTimerPreferences } from './projectorControl';
import { boardToProject, createBoardSender } from './projectorBoard';
import { channelName, LinkMessage, type ProjectorSnapshot } from './projectorLink';
import { takeActionAt } from './runActions';
import type { RunUi } from './runStore';
import { useSessionRunUi } from './useSessionRunUi';
import { touchClock } from './timerClock';
import { bridge } from '../app/bridge';
import { localDate } from '../../shared/record/overdue';
import { projectorTeamBoards } from './projectorTeamBoards';

/** Edits to the shown board (a drag on the canvas) reach the projector at most this often. */
const BOARD_EDIT_DELAY_MS = 150;

/**
 * Keeps this window's projector in step: posts the run state on the BroadcastChannel whenever the
 * run log, the agenda, the title or the timer preferences change, synchronously from the store
 * subscription so the projector repaints in the same frame or the next. The board behind the
 * countdown goes in its own message, only when it changes. Rendered once per open workshop,
 * whatever tab is shown.
 */
export function ProjectorPublisher({ editor }: { editor: Editor }) {
  const runUi = useSessionRunUi(editor);
  return runUi ? <Publisher editor={editor} runUi={runUi} /> : null;
}

function Publisher({ editor, runUi }: { editor: Editor; runUi: RunUi }) {
  const language = useWorkspaceState((s) => s.language);
  useEffect(() => {
    const channel = new BroadcastChannel(channelName(linkOf(editor)));
    const snapshotOf = (doc: Workshop): ProjectorSnapshot => ({
      language: doc.header.language ?? language,
      title: doc.header.title,
      startTime: doc.header.startTime,
      items: doc.agenda.items,
      run: doc.run,
      preferences: runUi.getState().preferences,
    });
    const post = (actionAt: number | null) => {
      const message: LinkMessage = { type: 'state', actionAt, snapshot: snapshotOf(editor.document) };
      channel.postMessage(message);
    };
    const boards = createBoardSender((board) => channel.postMessage({ type: 'board', board } satisfies LinkMessage));
    const canvas = canvasStateOf(editor);
    const sendBoard = () => {
      const { preferences, projectorBoardId } = runUi.getState();
      const doc = editor.document;
      boards.update(boardToProject(doc.boards, preferences.boardOnProjector, projectorBoardId, canvas.getState().activeBoardId), doc.header.language ?? language);
    };
    let boardTimer: ReturnType<typeof setTimeout> | null = null;
    const sendBoardSoon = () => {
      boardTimer ??= setTimeout(() => {
        boardTimer = null;
        sendBoard();
      }, BOARD_EDIT_DELAY_MS);
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = LinkMessage.safeParse(event.data);
      if (!parsed.success) return;
      if (parsed.data.type === 'hello') {
        post(null);
        boards.resend();
        sendTeamBoards(true);
      }
      if (parsed.data.type === 'close') void closeProjector(runUi);
    };
    // The team boards (a board meeting) go as drawings of their own, again only when they change.
    let teamBoardsSent: unknown = undefined;
    const sendTeamBoards = (force = false) => {
      const doc = editor.document;
      if (!force && teamBoardsSent === doc.teamBoards) return;
      // Drawn only for a projector that is open; one that opens says hello and gets them then (force).
      if (!force && !runUi.getState().projectorOpen) return;
      teamBoardsSent = doc.teamBoards;
      const boards = doc.teamBoards ? projectorTeamBoards(doc.teamBoards, doc.header.language ?? language, doc.header.date ?? localDate(new Date())) : null;
      channel.postMessage({ type: 'teamBoards', boards } satisfies LinkMessage);
    };
    let teamTimer: ReturnType<typeof setTimeout> | null = null;
    const sendTeamBoardsSoon = () => {
      teamTimer ??= setTimeout(() => {
        teamTimer = null;
        sendTeamBoards();
      }, BOARD_EDIT_DELAY_MS);
    };
    let last = editor.document;
    let lastBoards = last.boards;
    let lastLanguage = last.header.language;
    const offEditor = editor.store.subscribe((state) => {
      const doc = state.history.present;
      // The board is drawn in the workshop's language (hyphenation, data-box labels): a change of
      // either sends it again.
      if (doc.boards !== lastBoards || doc.header.language !== lastLanguage) {
        lastBoards = doc.boards;
        lastLanguage = doc.header.language;
        sendBoardSoon();
      }
      if (doc.teamBoards !== teamBoardsSent) sendTeamBoardsSoon();
      if (doc.run === last.run && doc.agenda === last.agenda && doc.header === last.header) return;
      last = doc;
      post(takeActionAt());
    });
    const offPreferences = runUi.subscribe((state, previous) => {
      if (state.preferences !== previous.preferences) post(null);
      sendBoard();
    });
    const offCanvas = canvas.subscribe(sendBoard);
    post(null);
    sendBoard();
    return () => {
      if (boardTimer) clearTimeout(boardTimer);
      if (teamTimer) clearTimeout(teamTimer);
      offEditor();
      offPreferences();
      offCanvas();
      channel.close();
    };
  }, [editor, language, runUi]);

  useEffect(() => {
    void loadTimerPreferences(runUi).catch(() => undefined);
    const offClosed = listenForProjectorClosed(runUi);
    const offResumed = bridge().on('system:resumed', () => touchClock());
    return () => {
      offClosed();
      offResumed();
      // Closing the workshop closes its projector.
      if (runUi.getState().projectorOpen) void closeProjector(runUi).catch(() => undefined);
    };
  }, [runUi]);
  return null;
}
