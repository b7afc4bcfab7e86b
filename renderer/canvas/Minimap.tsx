import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { boardBounds } from '../../shared/shapes/drawBoard';
import { inflate, type Rect } from '../../shared/shapes/geometry';
import type { CanvasController } from './controller';

const W = 200;
const H = 130;

/**
 * An overview of the whole board with the part in view outlined; click or drag in it to move
 * there. Drawn on a plain canvas: one box per shape, redrawn when the board or the view changes.
 */
export function Minimap({ controller }: { controller: CanvasController }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const frame = useRef<{ bounds: Rect; scale: number } | null>(null);

  useEffect(() => {
    let pending = 0;
    const draw = () => {
      pending = 0;
      const canvas = ref.current;
      const ctx = canvas?.getContext('2d');
      const board = controller.board;
      if (!canvas || !ctx || !board) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = W * ratio;
      canvas.height = H * ratio;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, W, H);
      const content = boardBounds(board);
      const view = controller.visible;
      // Only a board bigger than the view needs an overview.
      const allInView = !content || (content.x >= view.x && content.y >= view.y && content.x + content.w <= view.x + view.w && content.y + content.h <= view.y + view.h);
      canvas.style.visibility = allInView ? 'hidden' : 'visible';
      if (allInView) return;
      const bounds = inflate(content ?? view, 40);
      const scale = Math.min(W / bounds.w, H / bounds.h);
      frame.current = { bounds, scale };
      const ox = (W - bounds.w * scale) / 2;
      const oy = (H - bounds.h * scale) / 2;
      ctx.save();
      ctx.translate(ox, oy);
      ctx.scale(scale, scale);
      ctx.translate(-bounds.x, -bounds.y);
      for (const s of board.shapes) {
        ctx.fillStyle = s.type === 'swimlane' ? '#e9eef5' : s.type === 'sticky' ? '#f6d860' : '#9fb3c8';
        ctx.fillRect(s.x, s.y, s.w, s.h);
      }
      ctx.restore();
      ctx.strokeStyle = '#0c8599';
      ctx.lineWidth = 1.5;
      ctx.fillStyle = 'rgba(12,133,153,0.08)';
      const vx = ox + (view.x - bounds.x) * scale;
      const vy = oy + (view.y - bounds.y) * scale;
      ctx.fillRect(vx, vy, view.w * scale, view.h * scale);
      ctx.strokeRect(vx, vy, view.w * scale, view.h * scale);
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(draw);
    };
    schedule();
    controller.viewListeners.add(schedule);
    const unsubscribe = controller.editor.store.subscribe(schedule);
    return () => {
      controller.viewListeners.delete(schedule);
      unsubscribe();
      if (pending) cancelAnimationFrame(pending);
    };
  }, [controller]);

  const moveTo = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const f = frame.current;
    if (!f) return;
    const r = e.currentTarget.getBoundingClientRect();
    const ox = (W - f.bounds.w * f.scale) / 2;
    const oy = (H - f.bounds.h * f.scale) / 2;
    controller.centreOn({ x: f.bounds.x + (e.clientX - r.left - ox) / f.scale, y: f.bounds.y + (e.clientY - r.top - oy) / f.scale });
  };

  return (
    <canvas
      ref={ref}
      className="canvas-minimap"
      style={{ width: W, height: H }}
      aria-label={t('canvas.minimap')}
      role="img"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => e.buttons === 1 && moveTo(e)}
    />
  );
}
