import type Konva from 'konva';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { useTranslation } from 'react-i18next';
import { GOAL_BOARD_SIZE } from '../../../shared/kpi/goalBoard';
import type { BoardWords } from '../../../shared/kpi/words';
import type { GoalBoard } from '../../../shared/model/teamBoards';
import { defaultTheme } from '../../../shared/shapes/primitives';
import { drawPrimitives, resetContextMemo } from '../canvas/konvaBackend';
import { drawGoalBoardCached, kpiAt, tileRect } from './goalBoardDrawing';

interface Props {
  board: GoalBoard;
  team: string;
  words: BoardWords;
  meetingDate: string;
  selected: string | null;
  onSelect(kpiId: string | null): void;
  /** Fit into this box (presenting) instead of the width of the container. */
  fit?: { w: number; h: number };
}

/**
 * The goal board on a Konva stage, fitted to the width it is given: the same primitives the PDF
 * and the projector draw. One custom-drawn Konva shape paints them; a click picks a tile.
 */
export function GoalBoardCanvas({ board, team, words, meetingDate, selected, onSelect, fit }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const layer = useRef<Konva.Layer>(null);
  const [width, setWidth] = useState(900);
  const drawing = useMemo(() => drawGoalBoardCached(board, defaultTheme, { team, words, meetingDate }), [board, team, words, meetingDate]);
  const scale = fit ? Math.min(fit.w / GOAL_BOARD_SIZE.w, fit.h / GOAL_BOARD_SIZE.h) : width / GOAL_BOARD_SIZE.w;
  const stageWidth = Math.round(GOAL_BOARD_SIZE.w * scale);
  const height = Math.round(GOAL_BOARD_SIZE.h * scale);

  useEffect(() => {
    const el = container.current;
    if (!el || fit) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(300, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, [fit]);

  const selectedRect = selected ? tileRect(drawing.layout, selected) : null;
  return (
    <div
      ref={container}
      className="goal-board-canvas"
      data-testid="goal-board-canvas"
      role="img"
      aria-label={t('teamBoards.ui.boardLabel', { count: board.kpis.length })}
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        onSelect(kpiAt(drawing.layout, (e.clientX - box.left) / scale, (e.clientY - box.top) / scale));
      }}
    >
      <Stage width={stageWidth} height={height} listening={false}>
        <Layer ref={layer} listening={false}>
          <Shape
            listening={false}
            perfectDrawEnabled={false}
            sceneFunc={(context) => {
              const ctx = context._context;
              resetContextMemo(ctx);
              ctx.save();
              ctx.scale(scale, scale);
              drawPrimitives(ctx, drawing.primitives, defaultTheme);
              if (selectedRect) {
                ctx.strokeStyle = '#1c7ed6';
                ctx.lineWidth = 4;
                ctx.setLineDash([]);
                ctx.strokeRect(selectedRect.x - 4, selectedRect.y - 4, selectedRect.w + 8, selectedRect.h + 8);
              }
              ctx.restore();
              // Read by `npm run bench:kpi`: the board was painted with this many tiles drawn anew.
              container.current?.setAttribute('data-painted', String((Number(container.current.getAttribute('data-painted')) || 0) + 1));
            }}
          />
        </Layer>
      </Stage>
    </div>
  );
}
