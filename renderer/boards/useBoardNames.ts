import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Editor } from '../editor/editor';

export interface BoardName {
  id: string;
  name: string;
}

/**
 * The workshop's boards as the tabs and the presentation show them (id and name, in order). A
 * component using this re-renders when a board is added, removed, renamed or moved, never when a
 * shape on one moves: at thousands of shapes a re-render of the Boards view per move would cost
 * more than the move.
 */
export function useBoardNames(editor: Editor): BoardName[] {
  const flat = useStore(
    editor.store,
    useShallow((s) => s.history.present.boards.flatMap((b) => [b.id, b.name])),
  );
  return useMemo(() => {
    const out: BoardName[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) out.push({ id: flat[i]!, name: flat[i + 1]! });
    return out;
  }, [flat]);
}
