import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Board } from '../../../shared/model/board';
import type { Language } from '../../../shared/model/language';
import { analyzeValueStream, type ValueStreamMetrics } from '../../../shared/vsm/analyze';
import { valueStreamOfBoard } from '../../../shared/vsm/boards';
import { pairStates, type StatePair } from '../../../shared/vsm/compare';
import type { ValueStream } from '../../../shared/vsm/model';
import { useEditorState, useWorkspaceState } from '../../app/context';
import { activeBoardId, canvasStateOf } from '../../editor/board/canvasState';
import type { Editor } from '../../editor/editor';

export type VsmView = {
  lang: Language;
  board: Board | null;
  stream: ValueStream | null;
  metrics: ValueStreamMetrics | null;
  /** Current vs future pairs this board is part of. */
  pairs: StatePair[];
};

/** The shown board analysed live: recomputed whenever the document changes (the arithmetic is pure and fast; see docs/perf.md). */
export function useVsm(editor: Editor): VsmView {
  const lang = useWorkspaceState((s) => s.language);
  const doc = useEditorState(editor, (s) => s.history.present);
  useStore(canvasStateOf(editor), (s) => s.activeBoardId);
  const activeId = activeBoardId(editor);
  return useMemo(() => {
    const board = doc.boards.find((b) => b.id === activeId) ?? null;
    const entryLang = doc.header.language ?? lang;
    const stream = board ? valueStreamOfBoard(board, entryLang) : null;
    const metrics = stream ? analyzeValueStream(stream) : null;
    let pairs: StatePair[] = [];
    if (stream && board?.vsm) {
      const streams = doc.boards.flatMap((b) => {
        const s = valueStreamOfBoard(b, entryLang);
        return s ? [s] : [];
      });
      const all = new Map(streams.map((s) => [s.id, analyzeValueStream(s)]));
      pairs = pairStates(streams, all).filter((pair) => pair.current.id === board.id || pair.future.id === board.id);
    }
    return { lang, board, stream, metrics, pairs };
  }, [doc, activeId, lang]);
}

export function useSelection(editor: Editor): string[] {
  return useStore(canvasStateOf(editor), (s) => s.selection);
}
