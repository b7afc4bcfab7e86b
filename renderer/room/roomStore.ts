import { create } from 'zustand';
import type { RoomOpenProblem } from '../../shared/ipc/roomContract';
import type { RoomInterface, RoomStatus } from '../../shared/room/status';

/**
 * The facilitator's view of the room, outside the document: whether it is open, the last status
 * main pushed (`room:update`), the interfaces to choose from. None of it is undoable or saved;
 * what the room sends lands in the document through the editor (roomCommands.ts).
 */
export interface RoomUiState {
  status: RoomStatus | null;
  interfaces: RoomInterface[];
  host: string | null;
  busy: boolean;
  problem: { kind: RoomOpenProblem | 'failed'; detail: string } | null;
  /** The projector shows the room (join screen, live results) instead of the countdown. */
  onProjector: boolean;
}

export const roomUi = create<RoomUiState>(() => ({ status: null, interfaces: [], host: null, busy: false, problem: null, onProjector: true }));

/** An update is applied only when it is newer than what the view has. */
export function takeStatus(status: RoomStatus): void {
  const current = roomUi.getState().status;
  if (current && status.version < current.version) return;
  roomUi.setState({ status });
}
