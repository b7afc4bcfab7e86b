import { useWorkspaceState } from '../app/context';
import type { Editor } from '../editor/editor';
import type { RunUi } from './runStore';

/** The run UI of the open workshop's session; null while `editor` is not the open one (closing). */
export function useSessionRunUi(editor: Editor): RunUi | null {
  const session = useWorkspaceState((s) => s.session);
  return session && session.editor === editor ? session.runUi : null;
}
