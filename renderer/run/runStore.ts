import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_TIMER_PREFERENCES, type Display, type TimerPreferences } from '../../shared/ipc/runContract';

/**
 * What run mode keeps outside the document: whether the Run view is shown (its single-key
 * shortcuts only work then), the timer preferences, and the projector window's state. One per
 * open workshop, owned by its session (renderer/app/session.ts): two windows or workshops never
 * share a projector state.
 */
export interface RunUiState {
  runViewShown: boolean;
  preferences: TimerPreferences;
  projectorOpen: boolean;
  projectorDisplayId: number | null;
  displays: Display[];
  projectorError: string | null;
  /** The board chosen for the projector in this window; null: the one last shown in the Boards tab. */
  projectorBoardId: string | null;
}

export type RunUi = StoreApi<RunUiState>;

export function createRunUi(): RunUi {
  return createStore<RunUiState>(() => ({
    runViewShown: false,
    preferences: { ...DEFAULT_TIMER_PREFERENCES },
    projectorOpen: false,
    projectorDisplayId: null,
    displays: [],
    projectorError: null,
    projectorBoardId: null,
  }));
}
