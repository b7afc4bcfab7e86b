import type { Connector, ConnectorEnd } from '../../../../shared/model/board';
import type { Point } from '../../../../shared/shapes/geometry';
import { canvasStateOf, select } from '../../../editor/board/canvasState';
import { createConnector, setConnectorEnd } from '../../../editor/board/connectorCommands';
import type { CanvasController } from '../controller';
import { glueTarget, SCREEN } from '../hits';
import { glued, type CanvasPointer, type Gesture, type GlueTarget } from './gesture';

export interface ConnectingStart {
  /** The end that stays: where the connector starts, or a reglued connector's other end. */
  from: ConnectorEnd;
  /** The shape it starts from (never glued to itself). */
  fromShape: string | null;
  /** Dragging an end of an existing connector to glue it elsewhere. */
  reglue?: { id: string; which: 'from' | 'to' };
  /** A press released without dragging (a hover arrow: add a connected copy). */
  onClick?: () => void;
}

/**
 * Drawing a connector from a dot, a hover arrow or with the connector tool, or dragging an end of
 * the selected connector. Released over a shape it glues to the port nearby or the outline;
 * elsewhere the end stays loose. A press without a drag draws nothing.
 */
export class Connecting implements Gesture {
  readonly kind = 'connecting';
  private readonly startScreen: Point;
  private dragged = false;
  current: Point;
  target: GlueTarget | null = null;

  constructor(private readonly c: CanvasController, private readonly start: ConnectingStart, p: CanvasPointer) {
    this.current = p.world;
    this.startScreen = p.screen;
  }

  get connecting(): { connector: Connector; target: GlueTarget | null; current: Point } | null {
    if (!this.dragged) return null;
    const loose: ConnectorEnd = this.target ? glued(this.target) : { kind: 'point', x: this.current.x, y: this.current.y };
    const r = this.start.reglue;
    const existing = r ? this.c.board?.connectors.find((x) => x.id === r.id) : undefined;
    const base: Connector = existing ?? { id: 'preview', from: this.start.from, to: loose, routing: 'orthogonal', arrows: 'end', label: '' };
    const connector = r ? { ...base, [r.which]: loose, [r.which === 'from' ? 'to' : 'from']: this.start.from } : { ...base, from: this.start.from, to: loose };
    return { connector, target: this.target, current: this.current };
  }

  move(p: CanvasPointer): void {
    this.current = p.world;
    if (!this.dragged && Math.hypot(p.screen.x - this.startScreen.x, p.screen.y - this.startScreen.y) >= SCREEN.dragThreshold) this.dragged = true;
    this.target = glueTarget(this.c, p.world, this.start.fromShape);
    this.c.requestDraw('drag');
    this.c.requestDraw('overlay');
  }

  up(p: CanvasPointer): void {
    const c = this.c;
    const boardId = c.boardId;
    if (!boardId) return;
    const target = glueTarget(c, p.world, this.start.fromShape);
    // A press released nearby, on nothing to glue to, is a click: it draws no stub of a connector.
    if (!target && Math.hypot(p.screen.x - this.startScreen.x, p.screen.y - this.startScreen.y) < SCREEN.clickSlop) {
      if (!this.start.reglue) this.start.onClick?.();
      return;
    }
    const end: ConnectorEnd = target ? glued(target) : { kind: 'point', x: p.world.x, y: p.world.y };
    if (this.start.reglue) {
      setConnectorEnd(c.editor, boardId, this.start.reglue.id, this.start.reglue.which, end);
      return;
    }
    const id = createConnector(c.editor, boardId, this.start.from, end, { routing: 'orthogonal' });
    select(c.editor, [id]);
    if (c.ui.tool.kind === 'connect') canvasStateOf(c.editor).setState({ tool: { kind: 'select' } });
  }

  cancel(): void {}
}
