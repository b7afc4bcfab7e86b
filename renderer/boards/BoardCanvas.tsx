import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import { useTranslation } from 'react-i18next';
import type { CanvasController } from './canvas/controller';
import { drawDragLayer, drawOverlay, drawScene } from './canvas/layers';

const sizeOf = (r: { width: number; height: number }) => ({ w: Math.max(1, Math.round(r.width)), h: Math.max(1, Math.round(r.height)) });

/**
 * The Konva stage: three layers, each a single custom-drawn Konva shape with listening and
 * perfect drawing off. Pointer, wheel and keys go to the controller through the DOM; nothing here
 * re-renders while the user pans, zooms or drags.
 */
export function BoardCanvas({ controller }: { controller: CanvasController }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const scene = useRef<Konva.Layer>(null);
  const drag = useRef<Konva.Layer>(null);
  const overlay = useRef<Konva.Layer>(null);
  const [size, setSize] = useState({ w: 800, h: 600 });

  // Attached before the first paint, at the canvas's real size: the board is fitted once, to the
  // size it is shown at, and its scene drawn once in that view. (Konva draws the layers as they
  // mount, before this runs: those draws are skipped while the controller is not attached.)
  useLayoutEffect(() => {
    if (!stage.current || !scene.current || !drag.current || !overlay.current) return;
    const el = container.current;
    if (el) {
      const next = sizeOf(el.getBoundingClientRect());
      controller.resize(next);
      setSize(next);
    }
    controller.attach(stage.current, scene.current, drag.current, overlay.current);
    return () => controller.detach();
  }, [controller]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = sizeOf(entry.contentRect);
      // The first report is the size measured when the controller was attached.
      if (next.w === controller.size.w && next.h === controller.size.h) return;
      setSize(next);
      controller.resize(next);
    });
    observer.observe(el);
    // Wheel must be a non-passive listener to keep the page from scrolling while zooming.
    const wheel = (e: WheelEvent) => controller.onWheel(e);
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      observer.disconnect();
      el.removeEventListener('wheel', wheel);
    };
  }, [controller]);

  return (
    <div
      ref={container}
      className="board-canvas"
      tabIndex={0}
      role="application"
      aria-label={t('canvas.stageLabel')}
      data-testid="board-canvas"
      onPointerDown={(e) => {
        container.current?.focus();
        if (e.button === 1) e.preventDefault();
        controller.onPointerDown(e.nativeEvent);
      }}
      onPointerMove={(e) => controller.onPointerMove(e.nativeEvent)}
      onPointerUp={(e) => controller.onPointerUp(e.nativeEvent)}
      onPointerLeave={() => controller.onPointerLeave()}
      onDoubleClick={(e) => controller.onDoubleClick(e.nativeEvent)}
      onKeyDown={(e) => controller.onKeyDown(e.nativeEvent)}
      onKeyUp={(e) => controller.onKeyUp(e.nativeEvent)}
      onContextMenu={(e) => e.preventDefault()}
    >
      <Stage ref={stage} width={size.w} height={size.h} listening={false}>
        <Layer ref={scene} listening={false}>
          <Shape sceneFunc={(context) => controller.stage && drawScene(controller, context)} listening={false} perfectDrawEnabled={false} />
        </Layer>
        <Layer ref={drag} listening={false}>
          <Shape sceneFunc={(context) => controller.stage && drawDragLayer(controller, context)} listening={false} perfectDrawEnabled={false} />
        </Layer>
        <Layer ref={overlay} listening={false}>
          <Shape sceneFunc={(context) => controller.stage && drawOverlay(controller, context)} listening={false} perfectDrawEnabled={false} />
        </Layer>
      </Stage>
    </div>
  );
}
