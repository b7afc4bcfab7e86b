import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { publicActivity } from '../../shared/room/protocol';
import type { RoomStatus, RoomWorkshop } from '../../shared/room/status';
import type { Workshop } from '../../shared/model/workshop';
import type { Editor } from '../editor/editor';
import { bridge } from '../app/bridge';
import { useWorkspaceState } from '../app/context';
import { linkOf } from '../run/projectorControl';
import { channelName, LinkMessage, type ProjectorRoom } from '../run/projectorLink';
import { RoomRecorder } from './roomCommands';
import { roomUi, takeStatus } from './roomStore';

export function roomWorkshopOf(doc: Workshop, appLanguage: Workshop['header']['language'] & string): RoomWorkshop {
  return {
    title: doc.header.title,
    language: doc.header.language ?? appLanguage,
    roster: doc.participants.filter((p) => p.name.trim() !== '').map((p) => ({ id: p.id, name: p.name })),
  };
}

function projectorRoom(status: RoomStatus | null, onProjector: boolean): ProjectorRoom | null {
  if (!status || !onProjector) return null;
  return {
    shortUrl: status.join.shortUrl,
    code: status.join.code,
    qrSvg: status.join.qrSvg,
    joined: status.devices.length,
    activity: status.activity ? publicActivity(status.activity) : null,
    live: status.live,
  };
}

/** The recorder of the open workshop's room, for the Room tab's "End" (it applies the result). */
export const recorders = new WeakMap<Editor, RoomRecorder>();

/**
 * Connects the open workshop to the room, whatever tab is shown: main pushes `room:update` (never
 * polled); check-ins and ideas go into the document at once, through the editor; the participant
 * list and title follow the document; the projector gets the join screen and live tally. Closing
 * the workshop closes the room.
 */
export function RoomLink({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const language = useWorkspaceState((s) => s.language);
  // Read through refs: a change of the app's language must not close and reopen the room.
  const current = useRef({ language, t });
  useEffect(() => {
    current.current = { language, t };
  }, [language, t]);
  useEffect(() => {
    const appLanguage = () => current.current.language;
    const recorder = new RoomRecorder(editor, () => current.current.t('room.inbox.heading', { lng: editor.document.header.language ?? appLanguage() }));
    recorders.set(editor, recorder);
    const api = bridge();
    const channel = new BroadcastChannel(channelName(linkOf(editor)));
    const postProjector = () => {
      const { status, onProjector } = roomUi.getState();
      channel.postMessage({ type: 'room', room: projectorRoom(status, onProjector) } satisfies LinkMessage);
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = LinkMessage.safeParse(event.data);
      if (parsed.success && parsed.data.type === 'hello') postProjector();
    };
    const offUpdate = api.on('room:update', ({ status, newIdeas }) => {
      takeStatus(status);
      recorder.checkIns(status.devices);
      recorder.ideas(newIdeas);
    });
    const offUi = roomUi.subscribe((state, previous) => {
      if (state.status !== previous.status || state.onProjector !== previous.onProjector) postProjector();
    });
    // A room this window opened before (the view was remounted) is picked up again.
    void api.invoke('room:state').then(({ room }) => {
      if (!room) return;
      takeStatus(room.status);
      recorder.checkIns(room.status.devices);
      recorder.ideas(room.ideas);
    });
    // The participant list, title and language go to the room as they change.
    let last = roomWorkshopOf(editor.document, appLanguage());
    const offEditor = editor.store.subscribe((state) => {
      if (!roomUi.getState().status) return;
      const next = roomWorkshopOf(state.history.present, appLanguage());
      if (JSON.stringify(next) === JSON.stringify(last)) return;
      last = next;
      void api.invoke('room:workshop', next).catch(() => undefined);
    });
    return () => {
      offUpdate();
      offUi();
      offEditor();
      channel.close();
      recorders.delete(editor);
      // Closing the workshop closes its room.
      if (roomUi.getState().status) void api.invoke('room:close').catch(() => undefined);
      roomUi.setState({ status: null, problem: null, busy: false });
    };
  }, [editor]);
  return null;
}
