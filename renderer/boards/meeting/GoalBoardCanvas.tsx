import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { useTranslation } from 'react-i18next';
import { GOAL_BOARD_SIZE } from '../../../shared/kpi/goalBoard';
import type { BoardWords } from '../../../shared/kpi/words';
import type { GoalBoard } from '../../../shared/model/teamBoards';
import { defaultTheme } from '../../../shared/shapes/primitives';
import { GoalBoardBitmaps, kpiAt, tileRect } from './goalBoardDrawing';

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
 * and the projector draw. They are kept as bitmaps in device pixels, the frame and one per tile
 * (goalBoardDrawing.ts), owned by this canvas: typing a value draws that KPI's tile anew and the
 * repaint copies the rest. One custom-drawn Konva shape paints them; a click picks a tile.
 */
export function GoalBoardCanvas({ board, team, words, meetingDate, selected, onSelect, fit }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const layer = useRef<Konva.Layer>(null);
  // Unknown until measured: the stage is made at the width it will have, so its tiles are drawn once.
  const [width, setWidth] = useState<number | null>(null);
  const pixelRatio = useDevicePixelRatio();
  // This canvas's own bitmaps, made once with it (state, not a module variable: two canvases never share them).
  const [bitmaps] = useState(() => new GoalBoardBitmaps(defaultTheme));
  const layout = useMemo(() => bitmaps.update(board, { team, words, meetingDate }), [bitmaps, board, team, words, meetingDate]);
  const scale = fit ? Math.min(fit.w / GOAL_BOARD_SIZE.w, fit.h / GOAL_BOARD_SIZE.h) : (width ?? 0) / GOAL_BOARD_SIZE.w;
  const stageWidth = Math.round(GOAL_BOARD_SIZE.w * scale);
  const height = Math.round(GOAL_BOARD_SIZE.h * scale);
  const measured = fit !== undefined || width !== null;

  useLayoutEffect(() => {
    const el = container.current;
    if (!el || fit) return;
    setWidth(Math.max(300, Math.floor(el.getBoundingClientRect().width)));
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(300, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, [fit]);

  useEffect(() => () => bitmaps.dispose(), [bitmaps]);

  // Konva makes its canvas at the ratio the window had when Konva loaded; the board follows the
  // window's (zoomed, or moved to another screen) so its bitmaps stay sharp.
  useEffect(() => {
    const canvas = layer.current?.getCanvas();
    if (!canvas || canvas.getPixelRatio() === pixelRatio) return;
    canvas.setPixelRatio(pixelRatio);
    layer.current?.batchDraw();
  }, [pixelRatio, measured]);

  const selectedRect = selected ? tileRect(layout, selected) : null;
  return (
    <div
      ref={container}
      className="goal-board-canvas"
      data-testid="goal-board-canvas"
      role="img"
      aria-label={t('teamBoards.ui.boardLabel', { count: board.kpis.length })}
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        onSelect(kpiAt(layout, (e.clientX - box.left) / scale, (e.clientY - box.top) / scale));
      }}
    >
      {measured && (
        <Stage width={stageWidth} height={height} listening={false}>
          <Layer ref={layer} listening={false}>
            <Shape
              listening={false}
              perfectDrawEnabled={false}
              sceneFunc={(context) => {
                const ctx = context._context;
                ctx.save();
                // The bitmaps are in device pixels, placed on whole pixels.
                ctx.setTransform(1, 0, 0, 1, 0, 0);
                bitmaps.paint(ctx, scale * context.getCanvas().getPixelRatio());
                ctx.restore();
                if (selectedRect) {
                  ctx.save();
                  ctx.scale(scale, scale);
                  ctx.strokeStyle = '#1c7ed6';
                  ctx.lineWidth = 4;
                  ctx.setLineDash([]);
                  ctx.strokeRect(selectedRect.x - 4, selectedRect.y - 4, selectedRect.w + 8, selectedRect.h + 8);
                  ctx.restore();
                }
                // Read by `npm run bench:kpi` and the e2e test: the board was painted, with this many tiles drawn so far.
                const el = container.current;
                if (el) {
                  el.setAttribute('data-painted', String((Number(el.getAttribute('data-painted')) || 0) + 1));
                  el.setAttribute('data-tiles-drawn', String(bitmaps.tilesDrawn));
                }
              }}
            />
          </Layer>
        </Stage>
      )}
    </div>
  );
}

/** The window's device pixel ratio, followed as it changes (browser zoom, another screen). */
function useDevicePixelRatio(): number {
  const [ratio, setRatio] = useState(() => window.devicePixelRatio || 1);
  useEffect(() => {
    const query = window.matchMedia(`(resolution: ${ratio}dppx)`);
    const changed = () => setRatio(window.devicePixelRatio || 1);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, [ratio]);
  return ratio;
}
