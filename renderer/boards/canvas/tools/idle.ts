import type { ConnectorEnd } from '../../../../shared/model/board';
import { select, toggleSelected } from '../../../editor/board/canvasState';
import type { CanvasController } from '../controller';
import { connectorEndAt, handleAt, hoverArrowAt, hoverTarget, laneEdgeAt, portHandleAt, SCREEN } from '../hits';
import { Connecting } from './connecting';
import type { CanvasPointer, Gesture } from './gesture';
import { LaneDrag } from './laneDrag';
import { Marquee } from './marquee';
import { Panning } from './panning';
import { Placing } from './placing';
import { Resizing } from './resizing';
import { Translating } from './translating';

/**
 * Nothing pressed: the pointer hovers (a shape shows its dots and arrows), and a press decides
 * which gesture starts, in this order: pan (middle button, Space, the hand tool, presenting),
 * place (a palette shape is chosen), a resize handle, a selected connector's end, a connection
 * dot or hover arrow (or the connector tool), a lane's edge, a shape (select and move), empty
 * board (marquee).
 */
export class Idle implements Gesture {
  readonly kind = 'idle';

  constructor(private readonly c: CanvasController) {}

  down(p: CanvasPointer): Gesture | null {
    const c = this.c;
    const index = c.index;
    if (!index || !c.boardId) return null;
    const tool = c.ui.tool;
    if (p.button === 1 || c.spaceHeld || tool.kind === 'hand' || (c.presenting && p.button === 0)) return new Panning(c, p);
    if (p.button !== 0 || c.readOnly) return null;
    if (tool.kind === 'place') return new Placing(c, tool.type, p);
    const box = c.selectionBox;
    const handle = box ? handleAt(c, box.rect, p.world) : null;
    if (box && handle) return new Resizing(c, box.ids, handle, box.rect, p);
    const end = connectorEndAt(c, p.world);
    if (end) return new Connecting(c, { from: end.fixed, fromShape: null, reglue: { id: end.id, which: end.which } }, p);
    const dot = portHandleAt(c, p.world);
    if (dot) return new Connecting(c, { from: { kind: 'shape', shapeId: dot.shape.id, port: dot.side }, fromShape: dot.shape.id }, p);
    const arrow = hoverArrowAt(c, p.world);
    if (arrow) {
      // draw.io's quickest gesture: click an arrow for a connected copy that way, drag it to connect.
      const from: ConnectorEnd = { kind: 'shape', shapeId: arrow.shape.id, port: arrow.side };
      return new Connecting(c, { from, fromShape: arrow.shape.id, onClick: () => c.addConnected(arrow.side, arrow.shape.id) }, p);
    }
    if (tool.kind === 'connect') {
      const s = index.shapeAt(p.world);
      const from: ConnectorEnd = s ? { kind: 'shape', shapeId: s.id, port: 'outline' } : { kind: 'point', x: p.world.x, y: p.world.y };
      return new Connecting(c, { from, fromShape: s?.id ?? null }, p);
    }
    const hit = index.hitTest(p.world, SCREEN.lineHit / c.view.scale);
    // A lane's dividing line can be dragged where no other shape lies on it.
    const edge = !hit || index.shapes.get(hit.id)?.type === 'swimlane' ? laneEdgeAt(c, p.world) : null;
    if (edge) return new LaneDrag(c, edge, p);
    if (hit) {
      const selected = c.ui.selection.includes(hit.id);
      if (p.shift) toggleSelected(c.editor, hit.id);
      else if (!selected) select(c.editor, [hit.id]);
      const ids = c.ui.selection.filter((id) => index.shapes.has(id));
      if (ids.length > 0 && (!p.shift || c.ui.selection.includes(hit.id))) return new Translating(c, ids, p);
      return null;
    }
    if (!p.shift) select(c.editor, []);
    return new Marquee(c, p);
  }

  move(p: CanvasPointer): void {
    const c = this.c;
    const shapeId = hoverTarget(c, p.world);
    if (shapeId !== c.hover.shapeId) {
      c.hover = { shapeId, point: p.world };
      c.requestDraw('overlay');
    } else c.hover.point = p.world;
    c.updateCursor(p.world);
  }

  up(): void {}

  cancel(): void {}
}
