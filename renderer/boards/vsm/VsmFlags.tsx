import { useEffect, useState } from 'react';
import { vsm } from '../../../shared/i18n/areas/vsm';
import type { Board } from '../../../shared/model/board';
import type { Language } from '../../../shared/model/language';
import type { ValueStreamMetrics } from '../../../shared/vsm/analyze';
import type { CanvasController } from '../canvas/controller';
import { worldToScreen, type Viewport } from '../../editor/board/viewport';
import { readableSeconds } from './display';

/**
 * Bottleneck flags over the map: a red tag on every step whose C/T exceeds takt, placed in screen
 * space from the board's view so it follows pan and zoom. The tags are not part of the board (they
 * are computed), so they never print or save.
 */
export function VsmFlags({ controller, board, metrics, lang }: { controller: CanvasController; board: Board; metrics: ValueStreamMetrics; lang: Language }) {
  const [viewport, setViewport] = useState<Viewport>(controller.view);
  useEffect(() => {
    const follow = (view: Viewport) => setViewport(view);
    controller.viewListeners.add(follow);
    return () => {
      controller.viewListeners.delete(follow);
    };
  }, [controller, board.id]);
  if (metrics.bottlenecks.length === 0 || metrics.takt.value === null) return null;
  const takt = metrics.takt.value;
  return (
    <div className="vsm-flags" aria-hidden>
      {metrics.stepLoads
        .filter((load) => load.overTakt === true && load.shapeId !== null)
        .map((load) => {
          const shape = board.shapes.find((s) => s.id === load.shapeId);
          if (!shape || load.workSeconds === null) return null;
          const at = worldToScreen(viewport, { x: shape.x + shape.w, y: shape.y });
          return (
            <div key={load.elementId} className="vsm-flag" style={{ left: at.x, top: at.y }} data-testid="vsm-bottleneck-flag" title={vsm[lang].metrics.bottleneck}>
              ▲ {readableSeconds(load.workSeconds, lang)} &gt; {readableSeconds(takt, lang)}
            </div>
          );
        })}
    </div>
  );
}
