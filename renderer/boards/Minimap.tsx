import { ActionIcon, Tooltip } from '@mantine/core';
import { IconChevronDown, IconMap } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../shared/model/board';
import { bridge } from '../app/bridge';
import { boardBounds } from '../../shared/shapes/drawBoard';
import { inflate, type Rect } from '../../shared/shapes/geometry';
import type { CanvasController } from './canvas/controller';
import { followView } from './canvas/followView';

const W = 200;
const H = 130;
/** How long the board must stay unchanged before the overview redraws its boxes. */
const SETTLE_MS = 300;

/**
 * An overview of the whole board with the part in view outlined; click or drag in it to move
 * there. Drawn on a plain canvas: one box per shape, redrawn when the board or the view changes.
 */
export function Minimap({ controller }: { controller: CanvasController }) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useMinimapCollapsed();
  if (collapsed === null) return null;
  if (collapsed)
    return (
      <Tooltip label={t('minimap.show')}>
        <ActionIcon className="canvas-minimap-show" variant="default" size="lg" aria-label={t('minimap.show')} onClick={() => setCollapsed(false)} data-testid="minimap-show">
          <IconMap size={18} />
        </ActionIcon>
      </Tooltip>
    );
  return (
    <div className="canvas-minimap-box" data-testid="minimap">
      <MinimapCanvas controller={controller} />
      <ActionIcon className="canvas-minimap-hide" variant="subtle" color="gray" size="sm" aria-label={t('minimap.hide')} title={t('minimap.hide')} onClick={() => setCollapsed(true)} data-testid="minimap-hide">
        <IconChevronDown size={16} />
      </ActionIcon>
    </div>
  );
}

/** Whether the user folded the overview away, remembered in the app's settings (null while it is read). */
function useMinimapCollapsed(): [boolean | null, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void bridge()
      .invoke('settings:get')
      .then((settings) => live && setCollapsed(settings.minimapCollapsed ?? false))
      .catch(() => live && setCollapsed(false));
    return () => {
      live = false;
    };
  }, []);
  const set = (next: boolean) => {
    setCollapsed(next);
    void bridge().invoke('settings:update', { minimapCollapsed: next });
  };
  return [collapsed, set];
}

function MinimapCanvas({ controller }: { controller: CanvasController }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const frame = useRef<{ bounds: Rect; scale: number } | null>(null);

  useEffect(() => {
    // The shapes are drawn once per board version into a bitmap; a view change only repaints
    // that bitmap and the view's outline, so panning never redraws thousands of boxes here. While
    // the board keeps changing (a drag, nudges, typing) the bitmap is redrawn once the changes
    // pause: at the minimap's scale a move is a fraction of a pixel, and redrawing every box on
    // each step would cost a frame of the move at thousands of shapes.
    let content: { board: Board; canvas: HTMLCanvasElement; bounds: Rect; scale: number } | null = null;
    let settle: ReturnType<typeof setTimeout> | null = null;
    let waitingFor: Board | null = null;
    const draw = () => {
      const canvas = ref.current;
      const ctx = canvas?.getContext('2d');
      const board = controller.board;
      if (!canvas || !ctx || !board) return;
      const extent = boardBounds(board);
      const view = controller.visible;
      // Only a board bigger than the view needs an overview.
      const allInView = !extent || (extent.x >= view.x && extent.y >= view.y && extent.x + extent.w <= view.x + view.w && extent.y + extent.h <= view.y + view.h);
      // The box (with its fold button) shows only while there is something out of view.
      if (canvas.parentElement) canvas.parentElement.style.visibility = allInView ? 'hidden' : 'visible';
      if (allInView) return;
      const ratio = window.devicePixelRatio || 1;
      const stale = content !== null && content.board !== board;
      if (stale && content && board.id === content.board.id) {
        // The old boxes are shown until the board settles (a view change meanwhile keeps waiting).
        if (waitingFor !== board) {
          waitingFor = board;
          if (settle) clearTimeout(settle);
          settle = setTimeout(() => {
            settle = null;
            waitingFor = null;
            content = null;
            draw();
          }, SETTLE_MS);
        }
      } else if (!content || stale) {
        const bounds = inflate(extent, 40);
        const scale = Math.min(W / bounds.w, H / bounds.h);
        const bitmap = document.createElement('canvas');
        bitmap.width = W * ratio;
        bitmap.height = H * ratio;
        const b = bitmap.getContext('2d');
        if (!b) return;
        b.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * ((W - bounds.w * scale) / 2 - bounds.x * scale), ratio * ((H - bounds.h * scale) / 2 - bounds.y * scale));
        for (const s of board.shapes) {
          b.fillStyle = s.type === 'swimlane' ? '#e9eef5' : s.type === 'sticky' ? '#f6d860' : '#9fb3c8';
          b.fillRect(s.x, s.y, s.w, s.h);
        }
        content = { board, canvas: bitmap, bounds, scale };
        frame.current = { bounds, scale };
      }
      if (!content) return;
      if (canvas.width !== W * ratio) {
        canvas.width = W * ratio;
        canvas.height = H * ratio;
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(content.canvas, 0, 0);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const { bounds, scale } = content;
      const ox = (W - bounds.w * scale) / 2;
      const oy = (H - bounds.h * scale) / 2;
      ctx.strokeStyle = '#0c8599';
      ctx.lineWidth = 1.5;
      ctx.fillStyle = 'rgba(12,133,153,0.08)';
      const vx = ox + (view.x - bounds.x) * scale;
      const vy = oy + (view.y - bounds.y) * scale;
      ctx.fillRect(vx, vy, view.w * scale, view.h * scale);
      ctx.strokeRect(vx, vy, view.w * scale, view.h * scale);
    };
    const stop = followView(controller, draw);
    return () => {
      stop();
      if (settle) clearTimeout(settle);
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
