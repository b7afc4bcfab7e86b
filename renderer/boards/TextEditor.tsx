import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { midpointOf } from '../../shared/shapes/connectors';
import { fieldEditRect, nextField } from '../../shared/shapes/dataBox';
import type { Rect } from '../../shared/shapes/geometry';
import { shapeModule } from '../../shared/shapes/registry';
import { laneBand, laneRects } from '../../shared/shapes/swimlane';
import { setConnectorLabel } from '../editor/board/connectorCommands';
import { renameLane } from '../editor/board/lanes';
import { setShapeText } from '../editor/board/shapeCommands';
import { worldToScreen } from '../editor/board/viewport';
import { commitFieldText, fieldEditing, fieldTextError } from './vsm/canvasField';
import type { CanvasController, TextTarget } from './canvas/controller';
import { formatNumber } from '../../shared/i18n/format';
import { LIMITS } from '../app/fields/limits';
import { COUNTER_FROM } from '../app/fields/textLimit';

const LIMITS_BY_TARGET: Record<TextTarget['kind'], number> = {
  shape: LIMITS.shape.text,
  connector: LIMITS.connector.label,
  lane: LIMITS.lane.name,
  field: LIMITS.dataBox.value,
};

/**
 * In-place text editing: a textarea laid over the label's box at the current zoom. Every key
 * writes through (so the shape re-wraps as you type) into one coalesced undo step, closed on leave.
 * A data-box value (C/T, …) is different: it is read only when finished (Enter, Tab or leaving),
 * through the side panel's own command, so Escape can drop it and the edit is one undo step.
 * Tab goes on from the name to the data-box fields and from field to field.
 */
export function TextEditor({ controller, target, onClose, onMove }: { controller: CanvasController; target: TextTarget; onClose: () => void; onMove: (next: TextTarget) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);
  const [draft, setDraft] = useState<string | null>(null);
  const [typedLength, setTypedLength] = useState<number | null>(null);
  const board = controller.board;
  const boardId = controller.boardId;
  const lang = controller.theme.language ?? 'en';

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  if (!board || !boardId) return null;
  let box: Rect | null = null;
  let text = '';
  let fontSize = 14;
  let align: 'left' | 'center' | 'right' = 'center';
  let caption: { label: string; box: Rect } | null = null;
  if (target.kind === 'field') {
    const layout = controller.dataBoxOf(target.id);
    const editing = fieldEditing(board, target.id, target.field, lang);
    if (layout && editing) {
      const place = fieldEditRect(layout, target.field);
      box = place.value;
      caption = { label: editing.label, box: place.name };
      text = editing.text;
      fontSize = Math.max(12, layout.fontSize);
      align = 'right';
    }
  } else if (target.kind === 'shape') {
    const shape = board.shapes.find((s) => s.id === target.id);
    if (shape) {
      box = shapeModule(shape.type).textBox(shape);
      text = shape.text;
      if (shape.type === 'text') {
        fontSize = shape.props.fontSize;
        align = 'left';
      }
      if (shape.type === 'sticky') fontSize = 16;
    }
  } else if (target.kind === 'connector') {
    const connector = board.connectors.find((c) => c.id === target.id);
    const route = controller.routeOf(target.id);
    if (connector && route) {
      const mid = midpointOf(route);
      box = { x: mid.x - 80, y: mid.y - 16, w: 160, h: 32 };
      text = connector.label;
      fontSize = 12;
    }
  } else {
    const pool = board.shapes.find((s) => s.id === target.poolId);
    if (pool?.type === 'swimlane') {
      const lane = laneRects(pool).find((l) => l.lane.id === target.laneId);
      if (lane) {
        const band = laneBand(pool, lane.rect);
        // Lane names are drawn turned; the editor is laid flat across the band's start for typing.
        box = { x: band.x, y: band.y, w: Math.max(band.w, 160), h: Math.min(band.h, 40) };
        text = lane.lane.name;
        fontSize = 13;
      }
    }
  }
  if (!box) return null;
  const v = controller.view;
  const topLeft = worldToScreen(v, box);
  const limit = target.kind === 'field' && target.field.startsWith('custom:') ? LIMITS.dataBox.customValue : LIMITS_BY_TARGET[target.kind];
  const length = typedLength ?? text.length;
  const write = (value: string) => {
    setTypedLength(value.length);
    if (target.kind === 'field') return setDraft(value);
    if (target.kind === 'shape') setShapeText(controller.editor, boardId, target.id, value);
    else if (target.kind === 'connector') setConnectorLabel(controller.editor, boardId, target.id, value);
    else renameLane(controller.editor, boardId, target.poolId, target.laneId, value);
  };
  /** Stores a field's typed value (the board as it is now, not as it was when the editor opened). */
  const commit = () => {
    const now = controller.board;
    if (target.kind === 'field' && now && ref.current) commitFieldText(controller.editor, now, target.id, target.field, ref.current.value, lang);
  };
  const close = (keep = true) => {
    if (finished.current) return;
    finished.current = true;
    if (keep) commit();
    controller.editor.seal();
    onClose();
  };
  /** Tab: on to the next data-box field (Shift+Tab back, from the first field to the name). */
  const move = (step: 1 | -1): boolean => {
    const id = target.kind === 'field' || target.kind === 'shape' ? target.id : null;
    const layout = id ? controller.dataBoxOf(id) : null;
    if (!id || !layout) return false;
    let next: TextTarget | null = null;
    if (target.kind === 'shape') next = step === 1 && layout.fields[0] ? { kind: 'field', id, field: layout.fields[0] } : null;
    else if (target.kind === 'field') {
      const field = nextField(layout, target.field, step);
      next = field ? { kind: 'field', id, field } : step === -1 ? { kind: 'shape', id } : null;
    }
    if (!next) return false;
    finished.current = true;
    commit();
    controller.editor.seal();
    onMove(next);
    return true;
  };
  const height = Math.max(28, box.h * v.scale);
  const problem = target.kind === 'field' && draft !== null ? fieldTextError(board, target.id, target.field, draft, lang) : null;
  const editorBox = (
    <textarea
      ref={ref}
      className={`canvas-text-editor${target.kind === 'field' ? ' field' : ''}${problem ? ' invalid' : ''}`}
      aria-label={caption ? caption.label : t('canvas.textEditor')}
      aria-invalid={problem ? true : undefined}
      title={problem ?? undefined}
      data-testid="canvas-text-editor"
      data-field={target.kind === 'field' ? target.field : undefined}
      defaultValue={text}
      maxLength={limit}
      style={{
        left: topLeft.x,
        top: topLeft.y,
        width: Math.max(caption ? 84 : 60, box.w * v.scale),
        height,
        // A value stays readable however far out the map is zoomed, on one line centred in its row.
        fontSize: Math.max(caption ? 13 : 10, fontSize * v.scale),
        ...(caption ? { lineHeight: `${height - 8}px` } : {}),
        textAlign: align,
      }}
      onChange={(e) => write(e.target.value)}
      onBlur={() => close()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Tab' && move(e.shiftKey ? -1 : 1)) {
          e.preventDefault();
          return;
        }
        // Enter alone finishes (Shift+Enter breaks the line); Escape finishes too — a label is kept
        // as typed (it was written through), a data-box value is dropped.
        if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
          e.preventDefault();
          close(e.key === 'Enter');
        }
      }}
      onPointerDown={(e) => e.stopPropagation()}
    />
  );
  // The file's limit for this text, shown under the editor as it comes near (the editor takes no more).
  const counter =
    length >= Math.floor(limit * COUNTER_FROM) ? (
      <span className="canvas-text-counter" data-testid="text-counter" style={{ left: topLeft.x, top: topLeft.y + height + 2 }}>
        {t('input.text.counter', { length: formatNumber(length, lang, 0), max: formatNumber(limit, lang, 0) })}
      </span>
    ) : null;
  if (!caption)
    return (
      <>
        {editorBox}
        {counter}
      </>
    );
  const at = worldToScreen(v, caption.box);
  return (
    <>
      {counter}
      <span className="canvas-field-caption" style={{ left: at.x, top: at.y, height, fontSize: Math.max(12, fontSize * v.scale * 0.9) }}>
        {caption.label}
      </span>
      {editorBox}
    </>
  );
}
