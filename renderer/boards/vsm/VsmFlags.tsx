import { useEffect, useState } from 'react';
import type { Board } from '../../../shared/model/board';
import type { Language } from '../../../shared/model/language';
import type { ValueStreamMetrics } from '../../../shared/vsm/analyze';
import type { CanvasController } from '../canvas/controller';
import { worldToScreen, type Viewport } from '../../editor/board/viewport';
import { bottleneckTags } from '../../../shared/vsm/bottlenecks';

/**
 * Bottleneck flags over the map: a red tag on every step whose C/T exceeds takt, placed in screen
 * space from the board's view so it follows pan and zoom. The tags are computed, never saved; the
 * PDF draws the same tags (shared/vsm/bottlenecks.ts) into the board's picture.
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
  const tags = bottleneckTags(board, metrics, lang);
  if (tags.length === 0) return null;
  return (
    <div className="vsm-flags" aria-hidden>
      {tags.map((tag) => {
        const at = worldToScreen(viewport, tag.at);
        return (
          <div key={tag.shapeId} className="vsm-flag" style={{ left: at.x, top: at.y }} data-testid="vsm-bottleneck-flag" title={tag.meaning}>
            {tag.text}
          </div>
        );
      })}
    </div>
  );
}
