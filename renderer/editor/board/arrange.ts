import type { Draft } from 'immer';
import type { Board, Shape } from '../../../shared/model/board';
import { unionOf } from '../../../shared/shapes/geometry';
import type { Editor } from '../editor';
import { editBoard, findBoard } from './access';
import { isPool } from './lanes';

export type ZOrder = 'front' | 'back' | 'forward' | 'backward';

/**
 * Changes the drawing order of shapes. Pools always stay beneath other shapes (they hold them), so
 * ordering happens among pools and among the rest separately.
 */
export function reorder(editor: Editor, boardId: string, ids: string[], how: ZOrder): void {
  const wanted = new Set(ids);
  editBoard(editor, boardId, 'zOrder', (board) => {
    const pools = board.shapes.filter((s) => isPool(s as Shape));
    const rest = board.shapes.filter((s) => !isPool(s as Shape));
    board.shapes = [...reorderList(pools, wanted, how), ...reorderList(rest, wanted, how)];
  });
}

function reorderList<T extends Draft<Shape>>(list: T[], wanted: Set<string>, how: ZOrder): T[] {
  const chosen = list.filter((s) => wanted.has(s.id));
  const others = list.filter((s) => !wanted.has(s.id));
  if (how === 'front') return [...others, ...chosen];
  if (how === 'back') return [...chosen, ...others];
  const out = [...list];
  if (how === 'forward') {
    for (let i = out.length - 2; i >= 0; i--) if (wanted.has(out[i]!.id) && !wanted.has(out[i + 1]!.id)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  } else {
    for (let i = 1; i < out.length; i++) if (wanted.has(out[i]!.id) && !wanted.has(out[i - 1]!.id)) [out[i], out[i - 1]] = [out[i - 1]!, out[i]!];
  }
  return out;
}

export type Alignment = 'left' | 'centerX' | 'right' | 'top' | 'centerY' | 'bottom';

/** Aligns the selected shapes to the selection's edge or centre line, as one step. */
export function align(editor: Editor, boardId: string, ids: string[], how: Alignment): void {
  const board = findBoard(editor.document, boardId);
  if (!board) return;
  const shapes = selectedUnlocked(board, ids);
  const box = unionOf(shapes);
  if (!box || shapes.length < 2) return;
  const wanted = new Set(shapes.map((s) => s.id));
  editBoard(editor, boardId, 'align', (draft) => {
    for (const s of draft.shapes) {
      if (!wanted.has(s.id)) continue;
      if (how === 'left') s.x = box.x;
      if (how === 'right') s.x = box.x + box.w - s.w;
      if (how === 'centerX') s.x = box.x + box.w / 2 - s.w / 2;
      if (how === 'top') s.y = box.y;
      if (how === 'bottom') s.y = box.y + box.h - s.h;
      if (how === 'centerY') s.y = box.y + box.h / 2 - s.h / 2;
    }
  });
}

/** Spreads three or more shapes so the gaps between them are equal; the outermost stay put. */
export function distribute(editor: Editor, boardId: string, ids: string[], axis: 'horizontal' | 'vertical'): void {
  const board = findBoard(editor.document, boardId);
  if (!board) return;
  const shapes = selectedUnlocked(board, ids);
  if (shapes.length < 3) return;
  const pos = axis === 'horizontal' ? (s: Shape) => s.x : (s: Shape) => s.y;
  const size = axis === 'horizontal' ? (s: Shape) => s.w : (s: Shape) => s.h;
  const sorted = [...shapes].sort((a, b) => pos(a) - pos(b));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = pos(last) + size(last) - pos(first);
  const gap = (span - sorted.reduce((sum, s) => sum + size(s), 0)) / (sorted.length - 1);
  const target = new Map<string, number>();
  let cursor = pos(first);
  for (const s of sorted) {
    target.set(s.id, cursor);
    cursor += size(s) + gap;
  }
  editBoard(editor, boardId, 'distribute', (draft) => {
    for (const s of draft.shapes) {
      const t = target.get(s.id);
      if (t === undefined) continue;
      if (axis === 'horizontal') s.x = t;
      else s.y = t;
    }
  });
}

function selectedUnlocked(board: Board, ids: string[]): Shape[] {
  const wanted = new Set(ids);
  return board.shapes.filter((s) => wanted.has(s.id) && !s.locked);
}

