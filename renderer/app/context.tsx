import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { EditorState } from '../editor/editor';
import type { Editor } from '../editor/editor';
import type { Workspace, WorkspaceState } from './workspace';

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceContext');
  return workspace;
}

export function useWorkspaceState<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useWorkspace().store, selector);
}

/** Re-renders when the editor's state changes; the selector picks what the component shows. */
export function useEditorState<T>(editor: Editor, selector: (state: EditorState) => T): T {
  return useStore(editor.store, selector);
}
