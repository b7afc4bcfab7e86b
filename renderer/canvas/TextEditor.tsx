import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { midpointOf } from '../../shared/shapes/connectors';
import type { Rect } from '../../shared/shapes/geometry';
import { shapeModule } from '../../shared/shapes/registry';
import { laneBand, laneRects } from '../../shared/shapes/swimlane';
import { setConnectorLabel } from '../editor/board/connectorCommands';
import { renameLane } from '../editor/board/lanes';
import { setShapeText } from '../editor/board/shapeCommands';
import { worldToScreen } from '../editor/board/viewport';
import type { CanvasController, TextTarget } from './controller';

/**
 * In-place text editing: a textarea laid over the label's box at the current zoom. Every key
 * writes through (so the shape re-wraps as you type) into one coalesced undo step, closed on leave.
 */
export function TextEditor({ controller, target, onClose }: { controller: CanvasController; target: TextTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const board = controller.board;
  const boardId = controller.boardId;

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  if (!board || !boardId) return null;
  let box: Rect | null = null;
  let text = '';
  let fontSize = 14;
  let align: 'left' | 'center' = 'center';
  if (target.kind === 'shape') {
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
  const write = (value: string) => {
    if (target.kind === 'shape') setShapeText(controller.editor, boardId, target.id, value);
    else if (target.kind === 'connector') setConnectorLabel(controller.editor, boardId, target.id, value);
    else renameLane(controller.editor, boardId, target.poolId, target.laneId, value);
  };
  const close = () => {
    controller.editor.seal();
    onClose();
  };
  return (
    <textarea
      ref={ref}
      className="canvas-text-editor"
      aria-label={t('canvas.textEditor')}
      data-testid="canvas-text-editor"
      defaultValue={text}
      style={{
        left: topLeft.x,
        top: topLeft.y,
        width: Math.max(60, box.w * v.scale),
        height: Math.max(28, box.h * v.scale),
        fontSize: Math.max(10, fontSize * v.scale),
        textAlign: align,
      }}
      onChange={(e) => write(e.target.value)}
      onBlur={close}
      onKeyDown={(e) => {
        e.stopPropagation();
        // Enter alone finishes (Shift+Enter breaks the line); Escape finishes too — the text is kept.
        if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
      onPointerDown={(e) => e.stopPropagation()}
    />
  );
}
