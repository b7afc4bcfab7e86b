import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardBounds } from '../../shared/shapes/drawBoard';
import type { CanvasController } from './canvas/controller';
import { followView } from './canvas/followView';
import { scrollbars, type ScrollbarGeometry } from './canvas/scrollbars';

const THICK = 10;

/**
 * Scrollbars along the canvas's bottom and right edges, as in draw.io: each thumb shows where the
 * view is in the board's extent (its content with a margin) and how much of it is in view; drag a
 * thumb to pan, click the track to move a page that way. They follow every pan and zoom.
 */
export function Scrollbars({ controller }: { controller: CanvasController }) {
  const { t } = useTranslation();
  const [bars, setBars] = useState<ReturnType<typeof scrollbars> | null>(null);
  const track = useRef({ w: 0, h: 0 });

  useEffect(
    () =>
      followView(controller, () => {
        const board = controller.board;
        const size = controller.size;
        track.current = { w: Math.max(0, size.w - THICK), h: Math.max(0, size.h - THICK) };
        setBars(board ? scrollbars(boardBounds(board), controller.visible, track.current) : null);
      }),
    [controller],
  );

  if (!bars) return null;
  return (
    <>
      {bars.x.needed && <Bar axis="x" bar={bars.x} controller={controller} label={t('canvasScroll.horizontal')} />}
      {bars.y.needed && <Bar axis="y" bar={bars.y} controller={controller} label={t('canvasScroll.vertical')} />}
    </>
  );
}

function Bar({ axis, bar, controller, label }: { axis: 'x' | 'y'; bar: ScrollbarGeometry; controller: CanvasController; label: string }) {
  const drag = useRef<{ pointer: number; view: number; unitsPerPixel: number } | null>(null);
  const along = (e: { clientX: number; clientY: number }) => (axis === 'x' ? e.clientX : e.clientY);
  /** Moves the view by `units` board units along this bar's axis. */
  const scrollBy = (units: number, from = controller.view[axis]) => {
    const view = controller.view;
    controller.applyView({ ...view, [axis]: from - units * view.scale });
  };
  const page = () => (axis === 'x' ? controller.visible.w : controller.visible.h) * 0.9;
  const horizontal = axis === 'x';
  return (
    <div
      className={`canvas-scrollbar canvas-scrollbar-${axis}`}
      data-testid={`canvas-scrollbar-${axis}`}
      role="scrollbar"
      aria-label={label}
      aria-orientation={horizontal ? 'horizontal' : 'vertical'}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={bar.percent}
      style={horizontal ? { height: THICK, right: THICK } : { width: THICK, bottom: THICK }}
      onPointerDown={(e) => {
        if (e.target !== e.currentTarget) return;
        // A click on the track beside the thumb moves a page that way.
        const r = e.currentTarget.getBoundingClientRect();
        const at = along(e) - (horizontal ? r.left : r.top);
        scrollBy(at < bar.start ? -page() : page());
      }}
    >
      <div
        className="canvas-scrollbar-thumb"
        data-testid={`canvas-scrollbar-${axis}-thumb`}
        style={horizontal ? { left: bar.start, width: bar.length } : { top: bar.start, height: bar.length }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drag.current = { pointer: along(e), view: controller.view[axis], unitsPerPixel: bar.unitsPerPixel };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || e.buttons !== 1) return;
          scrollBy((along(e) - d.pointer) * d.unitsPerPixel, d.view);
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      />
    </div>
  );
}
