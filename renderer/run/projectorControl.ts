import type { Editor } from '../editor/editor';
import { bridge } from '../app/bridge';
import { runUi } from './runStore';

/** Opens, moves and closes the projector window of this facilitator window, through main. */


/** Each facilitator window's projector follows its own channel, named by the editing session. */
export const linkOf = (editor: Editor) => editor.state.draftId;

export async function refreshDisplays(): Promise<void> {
  const displays = await bridge().invoke('projector:displays');
  runUi.setState({ displays });
}

export async function openProjector(editor: Editor, displayId: number | null = runUi.getState().projectorDisplayId): Promise<void> {
  const result = await bridge().invoke('projector:open', { displayId, link: linkOf(editor) });
  if (result.status === 'opened') runUi.setState({ projectorOpen: true, projectorError: null, projectorDisplayId: displayId });
  else runUi.setState({ projectorOpen: false, projectorError: result.detail });
}

export async function closeProjector(): Promise<void> {
  runUi.setState({ projectorOpen: false });
  await bridge().invoke('projector:close');
}

export function toggleProjector(editor: Editor): Promise<void> {
  return runUi.getState().projectorOpen ? closeProjector() : openProjector(editor);
}

/** Main says the projector window went away by itself (closed on its own side, display unplugged). */
export function listenForProjectorClosed(): () => void {
  return bridge().on('projector:closed', () => runUi.setState({ projectorOpen: false }));
}

export async function loadTimerPreferences(): Promise<void> {
  runUi.setState({ preferences: await bridge().invoke('timer:preferences') });
}

export async function updateTimerPreferences(patch: Partial<ReturnType<typeof runUi.getState>['preferences']>): Promise<void> {
  runUi.setState((state) => ({ preferences: { ...state.preferences, ...patch } }));
  runUi.setState({ preferences: await bridge().invoke('timer:setPreferences', patch) });
}
