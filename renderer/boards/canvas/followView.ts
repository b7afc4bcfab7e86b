import type { CanvasController } from './controller';

/**
 * Calls `draw` in the next animation frame after the view (pan, zoom, resize) or the document
 * changed, once per frame however many changes came, and once now. Returns the unsubscribe.
 * For what is drawn beside the canvas and follows it: the minimap, the scrollbars.
 */
export function followView(controller: CanvasController, draw: () => void): () => void {
  let pending = 0;
  const run = () => {
    pending = 0;
    draw();
  };
  const schedule = () => {
    if (!pending) pending = requestAnimationFrame(run);
  };
  schedule();
  controller.viewListeners.add(schedule);
  const unsubscribe = controller.editor.store.subscribe(schedule);
  return () => {
    controller.viewListeners.delete(schedule);
    unsubscribe();
    if (pending) cancelAnimationFrame(pending);
  };
}
