import type { Editor } from '../editor/editor';
import { bridge } from '../app/bridge';
import type { RunUi, RunUiState } from './runStore';

/** Opens, moves and closes the projector window of this facilitator window, through main. */

/** Each facilitator window's projector follows its own channel, named by the editing session. */
export const linkOf = (editor: Editor) => editor.state.draftId;

export async function refreshDisplays(runUi: RunUi): Promise<void> {
  const displays = await bridge().invoke('projector:displays');
  runUi.setState({ displays });
}

export async function openProjector(runUi: RunUi, editor: Editor, displayId: number | null = runUi.getState().projectorDisplayId): Promise<void> {
  const result = await bridge().invoke('projector:open', { displayId, link: linkOf(editor) });
  if (result.status === 'opened') runUi.setState({ projectorOpen: true, projectorError: null, projectorDisplayId: displayId });
  else runUi.setState({ projectorOpen: false, projectorError: result.detail });
}

export async function closeProjector(runUi: RunUi): Promise<void> {
  runUi.setState({ projectorOpen: false });
  await bridge().invoke('projector:close');
}

export function toggleProjector(runUi: RunUi, editor: Editor): Promise<void> {
  return runUi.getState().projectorOpen ? closeProjector(runUi) : openProjector(runUi, editor);
}

/** Main says the projector window went away by itself (closed on its own side, display unplugged). */
export function listenForProjectorClosed(runUi: RunUi): () => void {
  return bridge().on('projector:closed', () => runUi.setState({ projectorOpen: false }));
}

export async function loadTimerPreferences(runUi: RunUi): Promise<void> {
  runUi.setState({ preferences: await bridge().invoke('timer:preferences') });
}

export async function updateTimerPreferences(runUi: RunUi, patch: Partial<RunUiState['preferences']>): Promise<void> {
  runUi.setState((state) => ({ preferences: { ...state.preferences, ...patch } }));
  runUi.setState({ preferences: await bridge().invoke('timer:setPreferences', patch) });
}
