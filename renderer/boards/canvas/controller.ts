import type Konva from 'konva';
import type { Board, ConnectorEnd, Shape, ShapeType } from '../../../shared/model/board';
import { routeConnector, type ShapeLookup } from '../../../shared/shapes/connectors';
import { fieldAt } from '../../../shared/shapes/dataBox';
import { boardBounds } from '../../../shared/shapes/drawBoard';
import { contains, inflate, rectFromCorners, unionOf, type Point, type Rect, type Side } from '../../../shared/shapes/geometry';
import { defaultTheme, type Theme } from '../../../shared/shapes/primitives';
import { shapeModule } from '../../../shared/shapes/registry';
import { laneBand, laneRects } from '../../../shared/shapes/swimlane';
import type { DataBoxLayout } from '../../../shared/shapes/types';
import type { Editor } from '../../editor/editor';
import { findBoard } from '../../editor/board/access';
import { reorder } from '../../editor/board/arrange';
import { activeBoardId, canvasStateOf, select, setViewport, toggleSelected, type CanvasState, type Tool } from '../../editor/board/canvasState';
import { copySelection, pasteReading, readClipboard, type PasteReading } from '../../editor/board/clipboard';
import { connectInOrder, createConnector, setConnectorEnd } from '../../editor/board/connectorCommands';
import * as laneCommands from '../../editor/board/lanes';
import { isPool } from '../../editor/board/lanes';
import { createShape, deleteSelection, duplicateSelection, insertShapes, makeShape, moveShapes, nudgeShapes, resizeShape, setLocked } from '../../editor/board/shapeCommands';
import { snapMove, snapToGrid, type Guide } from '../../editor/board/snapping';
import { BoardIndex } from '../../editor/board/spatialIndex';
import { fitRect, screenToWorld, stepZoom, visibleRect, zoomAt, type Viewport } from '../../editor/board/viewport';
import { benchHooks } from './benchHooks';
import { actionForKey, type CanvasAction } from './canvasKeys';
import { beginZoom } from './layers';

/**
 * The canvas's behaviour without React: pointer, wheel and keys in, editor commands and redraws
 * out. React renders the stage once; per-frame work (pan, zoom, drag) touches only Konva layers,
 * never React state, so no component re-renders while the pointer moves.
 */
export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
export const HANDLES: Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

export type TextTarget =
  | { kind: 'shape'; id: string }
  | { kind: 'connector'; id: string }
  | { kind: 'lane'; poolId: string; laneId: string }
  /** One value of a shape's data box (a VSM process box's C/T, …): `field` is the prop key or `custom:<i>`. */
  | { kind: 'field'; id: string; field: string };

type Gesture =
  | { kind: 'idle' }
  | { kind: 'pan'; start: Point; origin: Viewport }
  | { kind: 'move'; ids: Set<string>; start: Point; dx: number; dy: number; guides: Guide[]; started: boolean; hidden: Set<string> }
  | { kind: 'resize'; id: string; handle: Handle; start: Point; origin: Rect; rect: Rect; hidden: Set<string> }
  | { kind: 'marquee'; start: Point; current: Point; additive: boolean }
  | { kind: 'connect'; from: ConnectorEnd; fromShape: string | null; current: Point; target: { shapeId: string; port: Side | 'outline' } | null; reglue: { id: string; which: 'from' | 'to' } | null }
  | { kind: 'lane'; poolId: string; laneId: string; start: Point; size: number; horizontal: boolean }
  | { kind: 'placing'; type: ShapeType; at: Point };

export interface CanvasCallbacks {
  editText(target: TextTarget): void;
  notify(messageKey: string): void;
  toggleShortcuts(): void;
  togglePresentation(): void;
}

const PORT_RADIUS = 5;
const HANDLE_SIZE = 8;
const DRAG_THRESHOLD = 3;

export class CanvasController {
  readonly theme: Theme = defaultTheme;
  stage: Konva.Stage | null = null;
  scene: Konva.Layer | null = null;
  drag: Konva.Layer | null = null;
  overlay: Konva.Layer | null = null;
  size = { w: 800, h: 600 };
  view: Viewport = { x: 40, y: 40, scale: 1 };
  gesture: Gesture = { kind: 'idle' };
  hover: { shapeId: string | null; point: Point | null } = { shapeId: null, point: null };
  spaceHeld = false;
  presenting = false;
  private indexCache: { board: Board; index: BoardIndex } | null = null;
  private unsubscribe: (() => void)[] = [];
  private viewSaveTimer: ReturnType<typeof setTimeout> | null = null;
  private shownBoard: string | null = null;
  /** The view was fitted automatically and the user has not moved it: refit when the canvas resizes. */
  private autoFitted = false;
  callbacks: CanvasCallbacks = { editText: () => {}, notify: () => {}, toggleShortcuts: () => {}, togglePresentation: () => {} };
  /** Told whenever the view changes (pan/zoom): the minimap and the zoom label follow. */
  readonly viewListeners = new Set<(view: Viewport) => void>();

  constructor(readonly editor: Editor) {}

  setCallbacks(callbacks: CanvasCallbacks): void {
    this.callbacks = callbacks;
  }

  /** Presentation: nothing can be edited, a left drag pans, and the board is fitted to the screen. */
  setPresenting(on: boolean): void {
    this.presenting = on;
    this.gesture = { kind: 'idle' };
    canvasStateOf(this.editor).setState({ presenting: on, selection: [] });
  }

  get ui(): CanvasState {
    return canvasStateOf(this.editor).getState();
  }

  get boardId(): string | null {
    return activeBoardId(this.editor);
  }

  get board(): Board | null {
    const id = this.boardId;
    return id ? (findBoard(this.editor.document, id) ?? null) : null;
  }

  /** The spatial index of the shown board, rebuilt only when the board record changes. */
  get index(): BoardIndex | null {
    const board = this.board;
    if (!board) return null;
    if (this.indexCache?.board !== board) this.indexCache = { board, index: new BoardIndex(board) };
    return this.indexCache.index;
  }

  get readOnly(): boolean {
    return this.editor.origin.readOnly || this.presenting;
  }

  attach(stage: Konva.Stage, scene: Konva.Layer, drag: Konva.Layer, overlay: Konva.Layer): void {
    this.stage = stage;
    this.scene = scene;
    this.drag = drag;
    this.overlay = overlay;
    const bench = benchHooks();
    if (bench) bench.controller = this;
    this.unsubscribe.push(
      this.editor.store.subscribe(() => this.redrawAll()),
      canvasStateOf(this.editor).subscribe((state, previous) => {
        if (state.activeBoardId !== previous.activeBoardId) this.showBoard();
        if (state.selection !== previous.selection || state.tool !== previous.tool) this.overlay?.batchDraw();
      }),
    );
    this.showBoard();
  }

  detach(): void {
    this.unsubscribe.forEach((u) => u());
    this.unsubscribe = [];
    this.stage = null;
  }

  resize(size: { w: number; h: number }): void {
    this.size = size;
    this.stage?.size({ width: size.w, height: size.h });
    if (this.autoFitted) this.zoomToFit(false);
    this.redrawAll();
  }

  /** Shows the active board with the view it had last time (or fitted the first time). */
  showBoard(): void {
    const id = this.boardId;
    if (id === this.shownBoard && this.stage) return this.redrawAll();
    this.shownBoard = id;
    const saved = id ? this.ui.viewports[id] : undefined;
    if (saved) this.applyView(saved, false);
    else this.zoomToFit(false);
    this.autoFitted = !saved;
  }

  redrawAll(): void {
    this.scene?.batchDraw();
    this.drag?.batchDraw();
    this.overlay?.batchDraw();
  }

  // ---- view ---------------------------------------------------------------------------------

  applyView(view: Viewport, remember = true): void {
    if (view.scale !== this.view.scale) beginZoom(this, this.view);
    this.view = view;
    this.stage?.position({ x: view.x, y: view.y });
    this.stage?.scale({ x: view.scale, y: view.scale });
    this.stage?.batchDraw();
    this.viewListeners.forEach((listener) => listener(view));
    if (remember) {
      this.autoFitted = false;
      this.rememberView();
    }
  }

  /** The view is remembered per board a moment after it settles (not on every frame). */
  private rememberView(): void {
    if (this.viewSaveTimer) clearTimeout(this.viewSaveTimer);
    this.viewSaveTimer = setTimeout(() => {
      const id = this.boardId;
      if (id) setViewport(this.editor, id, this.view);
    }, 200);
  }

  zoomBy(direction: 1 | -1): void {
    this.applyView(zoomAt(this.view, { x: this.size.w / 2, y: this.size.h / 2 }, stepZoom(this.view.scale, direction)));
  }

  zoomTo(scale: number): void {
    this.applyView(zoomAt(this.view, { x: this.size.w / 2, y: this.size.h / 2 }, scale));
  }

  zoomToFit(remember = true): void {
    const board = this.board;
    const bounds = board ? boardBounds(board) : null;
    if (this.presenting) {
      // Presenting: fill the screen below the caption band, and enlarge small boards for the back row.
      const caption = 76;
      const fit = fitRect(bounds, { w: this.size.w, h: this.size.h - caption }, 32, 2);
      this.applyView({ ...fit, y: fit.y + caption }, remember);
      return;
    }
    this.applyView(fitRect(bounds, this.size, 48, 1), remember);
  }

  zoomToSelection(): void {
    const index = this.index;
    if (!index) return;
    const rects = this.ui.selection.flatMap((id) => {
      const s = index.shapes.get(id);
      if (s) return [s as Rect];
      const c = index.routes.get(id);
      return c ? [unionOf(c.route.map((p) => ({ ...p, w: 0, h: 0 })))!] : [];
    });
    const box = unionOf(rects);
    if (box) this.applyView(fitRect(box, this.size, 80, 2));
  }

  /** Centres the view on a board point (the minimap). */
  centreOn(p: Point): void {
    this.applyView({ ...this.view, x: this.size.w / 2 - p.x * this.view.scale, y: this.size.h / 2 - p.y * this.view.scale });
  }

  get visible(): Rect {
    return visibleRect(this.view, this.size);
  }

  toWorld(e: { clientX: number; clientY: number }): Point {
    const r = this.stage?.container().getBoundingClientRect();
    return screenToWorld(this.view, { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) });
  }

  private toScreen(e: { clientX: number; clientY: number }): Point {
    const r = this.stage?.container().getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  }

  // ---- what is under the pointer -------------------------------------------------------------

  /** The selection's single shape, when exactly one unlocked shape is selected (resize handles). */
  get singleShape(): Shape | null {
    const sel = this.ui.selection;
    if (sel.length !== 1) return null;
    const s = this.index?.shapes.get(sel[0]!);
    return s && !s.locked ? s : null;
  }

  handleRects(s: Rect): { handle: Handle; rect: Rect }[] {
    const size = HANDLE_SIZE / this.view.scale;
    const xs = { w: s.x, c: s.x + s.w / 2, e: s.x + s.w };
    const ys = { n: s.y, c: s.y + s.h / 2, s: s.y + s.h };
    const at = (x: number, y: number) => ({ x: x - size / 2, y: y - size / 2, w: size, h: size });
    return [
      { handle: 'nw', rect: at(xs.w, ys.n) },
      { handle: 'n', rect: at(xs.c, ys.n) },
      { handle: 'ne', rect: at(xs.e, ys.n) },
      { handle: 'e', rect: at(xs.e, ys.c) },
      { handle: 'se', rect: at(xs.e, ys.s) },
      { handle: 's', rect: at(xs.c, ys.s) },
      { handle: 'sw', rect: at(xs.w, ys.s) },
      { handle: 'w', rect: at(xs.w, ys.c) },
    ];
  }

  /** The connection handles of a shape: small circles just outside each port. */
  portHandles(s: Shape): { side: Side; point: Point }[] {
    const off = 14 / this.view.scale;
    const step: Record<Side, Point> = { top: { x: 0, y: -1 }, right: { x: 1, y: 0 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 } };
    return shapeModule(s.type)
      .ports(s)
      .map((p) => ({ side: p.id, point: { x: p.point.x + step[p.id].x * off, y: p.point.y + step[p.id].y * off } }));
  }

  private portHandleAt(p: Point): { shape: Shape; side: Side } | null {
    const index = this.index;
    if (!index || this.readOnly) return null;
    const candidates = [this.hover.shapeId, ...this.ui.selection].filter((x): x is string => !!x);
    for (const id of candidates) {
      const s = index.shapes.get(id);
      if (!s || shapeModule(s.type).container) continue;
      for (const h of this.portHandles(s)) if (Math.hypot(h.point.x - p.x, h.point.y - p.y) <= (PORT_RADIUS + 3) / this.view.scale) return { shape: s, side: h.side };
    }
    return null;
  }

  /** Where a connector end would glue at a point: a port when near one, else the outline. */
  glueTarget(p: Point, except: string | null): { shapeId: string; port: Side | 'outline' } | null {
    const index = this.index;
    if (!index) return null;
    const shape = index.shapeAt(p, new Set(except ? [except] : []));
    if (!shape) return null;
    const near = shapeModule(shape.type)
      .ports(shape)
      .find((port) => Math.hypot(port.point.x - p.x, port.point.y - p.y) <= 16 / this.view.scale);
    return { shapeId: shape.id, port: near ? near.id : 'outline' };
  }

  // ---- pointer ---------------------------------------------------------------------------------

  onPointerDown(e: PointerEvent): void {
    const index = this.index;
    const boardId = this.boardId;
    if (!index || !boardId) return;
    const world = this.toWorld(e);
    const tool = this.ui.tool;
    try {
      // Keeps the gesture going when the pointer leaves the canvas mid-drag.
      (e.target as Element).setPointerCapture?.(e.pointerId);
    } catch {
      // A synthetic or already released pointer cannot be captured; the gesture still works inside.
    }
    if (e.button === 1 || this.spaceHeld || tool.kind === 'hand' || (this.presenting && e.button === 0)) {
      this.gesture = { kind: 'pan', start: this.toScreen(e), origin: this.view };
      return;
    }
    if (e.button !== 0 || this.readOnly) return;
    if (tool.kind === 'place') {
      this.placeShape(tool.type, world);
      return;
    }
    // Resize handles of a single selected shape.
    const single = this.singleShape;
    if (single) {
      const h = this.handleRects(single).find((r) => contains(inflate(r.rect, 2 / this.view.scale), world));
      if (h) {
        this.gesture = { kind: 'resize', id: single.id, handle: h.handle, start: world, origin: { x: single.x, y: single.y, w: single.w, h: single.h }, rect: { x: single.x, y: single.y, w: single.w, h: single.h }, hidden: this.affected([single.id]) };
        this.scene?.batchDraw();
        return;
      }
    }
    // Ends of a selected connector can be dragged to glue them elsewhere.
    const connectorEnd = this.connectorEndAt(world);
    if (connectorEnd) {
      this.gesture = { kind: 'connect', from: connectorEnd.fixed, fromShape: null, current: world, target: null, reglue: { id: connectorEnd.id, which: connectorEnd.which } };
      return;
    }
    const port = this.portHandleAt(world);
    if (port || tool.kind === 'connect') {
      const start = port ?? (() => {
        const s = index.shapeAt(world);
        return s ? { shape: s, side: null } : null;
      })();
      const from: ConnectorEnd = start ? { kind: 'shape', shapeId: start.shape.id, port: start.side ?? 'outline' } : { kind: 'point', x: world.x, y: world.y };
      this.gesture = { kind: 'connect', from, fromShape: start?.shape.id ?? null, current: world, target: null, reglue: null };
      return;
    }
    const hit = index.hitTest(world, 6 / this.view.scale);
    // A lane's dividing line can be dragged where no other shape lies on it.
    const laneEdge = !hit || index.shapes.get(hit.id)?.type === 'swimlane' ? this.laneEdgeAt(world) : null;
    if (laneEdge) {
      this.gesture = laneEdge;
      return;
    }
    if (hit) {
      const selected = this.ui.selection.includes(hit.id);
      if (e.shiftKey) toggleSelected(this.editor, hit.id);
      else if (!selected) select(this.editor, [hit.id]);
      const ids = this.ui.selection.filter((id) => index.shapes.has(id));
      if (ids.length > 0 && (!e.shiftKey || this.ui.selection.includes(hit.id))) {
        this.gesture = { kind: 'move', ids: new Set(ids), start: world, dx: 0, dy: 0, guides: [], started: false, hidden: new Set() };
      }
      return;
    }
    if (!e.shiftKey) select(this.editor, []);
    this.gesture = { kind: 'marquee', start: world, current: world, additive: e.shiftKey };
  }

  onPointerMove(e: PointerEvent): void {
    const world = this.toWorld(e);
    const g = this.gesture;
    switch (g.kind) {
      case 'idle': {
        const hit = this.index?.hitTest(world, 6 / this.view.scale);
        const shapeId = hit?.kind === 'shape' ? hit.id : null;
        const keep = this.hover.shapeId && this.portHandleAt(world) ? this.hover.shapeId : shapeId;
        if (keep !== this.hover.shapeId) {
          this.hover = { shapeId: keep, point: world };
          this.overlay?.batchDraw();
        }
        this.updateCursor(world);
        return;
      }
      case 'pan': {
        const p = this.toScreen(e);
        this.applyView({ ...g.origin, x: g.origin.x + p.x - g.start.x, y: g.origin.y + p.y - g.start.y });
        return;
      }
      case 'move':
        return this.dragMove(g, world, e.altKey);
      case 'resize':
        return this.dragResize(g, world, e.shiftKey);
      case 'marquee':
        g.current = world;
        this.overlay?.batchDraw();
        return;
      case 'connect':
        g.current = world;
        g.target = this.glueTarget(world, g.fromShape);
        this.drag?.batchDraw();
        this.overlay?.batchDraw();
        return;
      case 'lane': {
        const delta = g.horizontal ? world.y - g.start.y : world.x - g.start.x;
        const board = this.board;
        if (board) {
          const { resizeLane } = laneCommands;
          resizeLane(this.editor, board.id, g.poolId, g.laneId, g.size + delta, `lane-drag:${g.laneId}`);
        }
        return;
      }
      case 'placing':
        return;
    }
  }

  onPointerUp(e: PointerEvent): void {
    const g = this.gesture;
    const boardId = this.boardId;
    this.gesture = { kind: 'idle' };
    if (!boardId) return;
    switch (g.kind) {
      case 'move':
        if (g.started && (g.dx !== 0 || g.dy !== 0)) moveShapes(this.editor, boardId, [...g.ids], g.dx, g.dy);
        break;
      case 'resize':
        resizeShape(this.editor, boardId, g.id, g.rect);
        break;
      case 'marquee': {
        const rect = rectFromCorners(g.start, g.current);
        if (rect.w > 2 / this.view.scale || rect.h > 2 / this.view.scale) {
          const inside = this.index?.enclosedBy(rect) ?? [];
          select(this.editor, g.additive ? [...this.ui.selection, ...inside] : inside);
        }
        break;
      }
      case 'connect':
        this.finishConnect(g, this.toWorld(e));
        break;
      case 'lane':
        this.editor.seal();
        break;
      default:
        break;
    }
    this.redrawAll();
  }

  onDoubleClick(e: MouseEvent): void {
    if (this.readOnly) return;
    const world = this.toWorld(e);
    const lane = this.laneBandAt(world);
    if (lane) return this.callbacks.editText({ kind: 'lane', ...lane });
    const hit = this.index?.hitTest(world, 6 / this.view.scale);
    if (hit) {
      select(this.editor, [hit.id]);
      const field = hit.kind === 'shape' ? this.dataFieldAt(hit.id, world) : null;
      if (field) return this.callbacks.editText({ kind: 'field', id: hit.id, field });
      this.callbacks.editText(hit.kind === 'shape' ? { kind: 'shape', id: hit.id } : { kind: 'connector', id: hit.id });
      return;
    }
    // A double click on empty board writes free text there.
    const boardId = this.boardId;
    if (!boardId) return;
    const id = createShape(this.editor, boardId, 'text', world);
    select(this.editor, [id]);
    this.callbacks.editText({ kind: 'shape', id });
  }

  /** The data-box layout of a shape as drawn now (null for shapes without one). */
  dataBoxOf(shapeId: string): DataBoxLayout | null {
    const shape = this.board?.shapes.find((s) => s.id === shapeId);
    const module = shape ? shapeModule(shape.type) : null;
    if (!shape || !module?.dataBox) return null;
    return module.dataBox(shape, this.theme.language ?? 'en');
  }

  /** The data-box field under a point of a shape, if the point is in its data box. */
  private dataFieldAt(shapeId: string, world: Point): string | null {
    const layout = this.dataBoxOf(shapeId);
    return layout ? fieldAt(layout, world) : null;
  }

  onWheel(e: WheelEvent): void {
    e.preventDefault();
    const anchor = this.toScreen(e);
    // Pinch arrives as a wheel with ctrlKey; a mouse wheel moves only vertically in whole notches.
    const mouseWheel = e.deltaX === 0 && (e.deltaMode === 1 || Math.abs(e.deltaY) >= 50);
    if (e.ctrlKey || e.metaKey || mouseWheel) {
      const factor = Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0025));
      this.applyView(zoomAt(this.view, anchor, this.view.scale * factor));
    } else {
      this.applyView({ ...this.view, x: this.view.x - e.deltaX, y: this.view.y - e.deltaY });
    }
  }

  private updateCursor(world: Point): void {
    const container = this.stage?.container();
    if (!container) return;
    let cursor = 'default';
    const tool = this.ui.tool;
    if (this.spaceHeld || tool.kind === 'hand') cursor = 'grab';
    else if (tool.kind === 'place' || tool.kind === 'connect') cursor = 'crosshair';
    else if (this.portHandleAt(world)) cursor = 'crosshair';
    else {
      const single = this.singleShape;
      const h = single && this.handleRects(single).find((r) => contains(inflate(r.rect, 2 / this.view.scale), world));
      if (h) cursor = h.handle === 'n' || h.handle === 's' ? 'ns-resize' : h.handle === 'e' || h.handle === 'w' ? 'ew-resize' : h.handle === 'nw' || h.handle === 'se' ? 'nwse-resize' : 'nesw-resize';
      else {
        const hit = this.index?.hitTest(world, 6 / this.view.scale);
        const edge = !hit || this.index?.shapes.get(hit.id)?.type === 'swimlane' ? this.laneEdgeAt(world) : null;
        if (edge) cursor = edge.horizontal ? 'row-resize' : 'col-resize';
        else if (hit) cursor = 'move';
      }
    }
    container.style.cursor = cursor;
  }

  // ---- gestures ------------------------------------------------------------------------------

  /** The shapes and connectors that move with a set of shapes (drawn on the drag layer). */
  private affected(ids: Iterable<string>): Set<string> {
    const out = new Set(ids);
    for (const c of this.board?.connectors ?? []) {
      if ((c.from.kind === 'shape' && out.has(c.from.shapeId)) || (c.to.kind === 'shape' && out.has(c.to.shapeId))) out.add(c.id);
    }
    return out;
  }

  private dragMove(g: Extract<Gesture, { kind: 'move' }>, world: Point, freeMove: boolean): void {
    const index = this.index;
    const board = this.board;
    if (!index || !board) return;
    const rawDx = world.x - g.start.x;
    const rawDy = world.y - g.start.y;
    if (!g.started) {
      if (Math.hypot(rawDx, rawDy) * this.view.scale < DRAG_THRESHOLD) return;
      const movable = [...g.ids].filter((id) => !index.shapes.get(id)?.locked);
      if (movable.length === 0) return;
      // A pool carries the shapes in its lanes.
      for (const id of movable) {
        const s = index.shapes.get(id);
        if (s && isPool(s)) for (const member of laneCommands.membersOf(board, id)) movable.push(member);
      }
      g.ids = new Set(movable);
      g.started = true;
      g.hidden = this.affected(g.ids);
      this.scene?.batchDraw();
    }
    const moving = [...g.ids].map((id) => index.shapes.get(id)!).filter(Boolean);
    const box = unionOf(moving)!;
    const moved = { ...box, x: box.x + rawDx, y: box.y + rawDy };
    if (freeMove) {
      g.dx = rawDx;
      g.dy = rawDy;
      g.guides = [];
    } else {
      const near = index.near(inflate(moved, 400 / this.view.scale), g.ids).filter((s) => !isPool(s)).slice(0, 200);
      const snap = snapMove(moved, near, { grid: this.ui.snapToGrid ? this.ui.gridSize : null, threshold: 6 / this.view.scale });
      g.dx = rawDx + snap.dx;
      g.dy = rawDy + snap.dy;
      g.guides = snap.guides;
    }
    this.drag?.batchDraw();
    this.overlay?.batchDraw();
  }

  private dragResize(g: Extract<Gesture, { kind: 'resize' }>, world: Point, keepRatio: boolean): void {
    const o = g.origin;
    const grid = this.ui.snapToGrid ? this.ui.gridSize : null;
    let x1 = o.x, y1 = o.y, x2 = o.x + o.w, y2 = o.y + o.h;
    const px = snapToGrid(world.x, grid);
    const py = snapToGrid(world.y, grid);
    if (g.handle.includes('w')) x1 = Math.min(px, x2 - 10);
    if (g.handle.includes('e')) x2 = Math.max(px, x1 + 10);
    if (g.handle.includes('n')) y1 = Math.min(py, y2 - 10);
    if (g.handle.includes('s')) y2 = Math.max(py, y1 + 10);
    let rect = { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
    if (keepRatio && g.handle.length === 2) {
      const ratio = o.w / o.h;
      const h = rect.w / ratio;
      rect = { ...rect, h, y: g.handle.includes('n') ? y2 - h : y1 };
    }
    g.rect = rect;
    this.drag?.batchDraw();
    this.overlay?.batchDraw();
  }

  private finishConnect(g: Extract<Gesture, { kind: 'connect' }>, world: Point): void {
    const boardId = this.boardId;
    if (!boardId) return;
    const target = this.glueTarget(world, g.fromShape);
    const end: ConnectorEnd = target ? { kind: 'shape', shapeId: target.shapeId, port: target.port } : { kind: 'point', x: world.x, y: world.y };
    if (g.reglue) {
      setConnectorEnd(this.editor, boardId, g.reglue.id, g.reglue.which, end);
      return;
    }
    const startScreen = g.from.kind === 'point' ? g.from : null;
    // A click on a port without dragging is not a connector.
    const fromPoint = startScreen ?? this.index?.shapes.get(g.fromShape ?? '') ?? null;
    if (!target && fromPoint && Math.hypot(world.x - (fromPoint.x + ('w' in fromPoint ? fromPoint.w / 2 : 0)), world.y - (fromPoint.y + ('h' in fromPoint ? fromPoint.h / 2 : 0))) * this.view.scale < 12) return;
    const id = createConnector(this.editor, boardId, g.from, end, { routing: 'orthogonal' });
    select(this.editor, [id]);
    if (this.ui.tool.kind === 'connect') canvasStateOf(this.editor).setState({ tool: { kind: 'select' } });
  }

  /** The ends of the one selected connector, as drag handles. */
  connectorEnds(): { id: string; which: 'from' | 'to'; point: Point; fixed: ConnectorEnd }[] {
    const sel = this.ui.selection;
    if (sel.length !== 1) return [];
    const routed = this.index?.routes.get(sel[0]!);
    if (!routed) return [];
    const r = routed.route;
    return [
      { id: routed.connector.id, which: 'from', point: r[0]!, fixed: routed.connector.to },
      { id: routed.connector.id, which: 'to', point: r[r.length - 1]!, fixed: routed.connector.from },
    ];
  }

  private connectorEndAt(p: Point) {
    if (this.readOnly) return null;
    return this.connectorEnds().find((e) => Math.hypot(e.point.x - p.x, e.point.y - p.y) <= 8 / this.view.scale) ?? null;
  }

  /** The lane's name band under a point (double-click renames the lane). */
  private laneBandAt(p: Point): { poolId: string; laneId: string } | null {
    const board = this.board;
    if (!board) return null;
    for (const s of [...board.shapes].reverse()) {
      if (!isPool(s)) continue;
      for (const { lane, rect } of laneRects(s)) if (contains(laneBand(s, rect), p)) return { poolId: s.id, laneId: lane.id };
    }
    return null;
  }

  /** The lower (or right) edge of a lane, dragged to resize the lane. */
  private laneEdgeAt(p: Point): Extract<Gesture, { kind: 'lane' }> | null {
    const board = this.board;
    if (!board || this.readOnly) return null;
    const tol = 4 / this.view.scale;
    for (const s of board.shapes) {
      if (!isPool(s)) continue;
      const horizontal = s.props.orientation === 'horizontal';
      for (const { lane, rect } of laneRects(s)) {
        const onEdge = horizontal ? Math.abs(p.y - (rect.y + rect.h)) <= tol && p.x >= rect.x && p.x <= rect.x + rect.w : Math.abs(p.x - (rect.x + rect.w)) <= tol && p.y >= rect.y && p.y <= rect.y + rect.h;
        if (onEdge) return { kind: 'lane', poolId: s.id, laneId: lane.id, start: p, size: lane.size, horizontal };
      }
    }
    return null;
  }

  /** Routes as they look mid-gesture: moved or resized shapes at their new place. */
  previewLookup(): ShapeLookup | null {
    const index = this.index;
    if (!index) return null;
    const base: ShapeLookup = (id) => index.shapes.get(id);
    const g = this.gesture;
    if (g.kind === 'move' && g.started) return (id) => {
      const s = base(id);
      return s && g.ids.has(id) ? ({ ...s, x: s.x + g.dx, y: s.y + g.dy } as Shape) : s;
    };
    if (g.kind === 'resize') return (id) => {
      const s = base(id);
      return s && id === g.id ? ({ ...s, ...g.rect } as Shape) : s;
    };
    return base;
  }

  // ---- commands ------------------------------------------------------------------------------

  setTool(tool: Tool): void {
    canvasStateOf(this.editor).setState({ tool });
  }

  /** Places a shape centred on a point (snapped), selects it and goes back to the select tool. */
  placeShape(type: ShapeType, at: Point, editText = true): string | null {
    const boardId = this.boardId;
    if (!boardId || this.readOnly) return null;
    const grid = this.ui.snapToGrid ? this.ui.gridSize : null;
    const id = createShape(this.editor, boardId, type, { x: snapToGrid(at.x, grid), y: snapToGrid(at.y, grid) });
    select(this.editor, [id]);
    this.setTool({ kind: 'select' });
    // A new shape is ready for its label: type straight away, Enter or Escape to finish.
    if (editText && type !== 'swimlane') this.callbacks.editText({ kind: 'shape', id });
    return id;
  }

  /** From the keyboard or a palette button: next to the selected shape, or in the middle of the view. */
  placeFromKeyboard(type: ShapeType): string | null {
    const sel = this.singleShape;
    const m = shapeModule(type);
    const at = sel && !isPool(sel)
      ? { x: sel.x + sel.w + 60 + m.defaultSize.w / 2, y: sel.y + sel.h / 2 }
      : { x: this.visible.x + this.visible.w / 2, y: this.visible.y + this.visible.h / 2 };
    return this.placeShape(type, at);
  }

  /** Alt+arrow: a new shape of the same type beside the selected one, connected to it. */
  addConnected(direction: Side): void {
    const boardId = this.boardId;
    const from = this.singleShape;
    if (!boardId || !from || this.readOnly || isPool(from)) return;
    const gap = 80;
    const centre = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
    const shift = { left: { x: -(from.w + gap), y: 0 }, right: { x: from.w + gap, y: 0 }, top: { x: 0, y: -(from.h + gap) }, bottom: { x: 0, y: from.h + gap } }[direction];
    const shape = makeShape(from.type, { x: centre.x + shift.x, y: centre.y + shift.y });
    const opposite: Record<Side, Side> = { left: 'right', right: 'left', top: 'bottom', bottom: 'top' };
    insertShapes(this.editor, boardId, [{ ...shape, w: from.w, h: from.h, x: centre.x + shift.x - from.w / 2, y: centre.y + shift.y - from.h / 2, props: structuredClone(from.props) } as Shape], 'addConnected', [
      { id: globalThis.crypto.randomUUID(), from: { kind: 'shape', shapeId: from.id, port: direction }, to: { kind: 'shape', shapeId: shape.id, port: opposite[direction] }, routing: 'orthogonal', arrows: 'end', label: '' },
    ]);
    select(this.editor, [shape.id]);
    this.ensureVisible(shape.id);
    this.callbacks.editText({ kind: 'shape', id: shape.id });
  }

  /** Scrolls so a shape is in view (keyboard users follow the selection). */
  ensureVisible(id: string): void {
    const s = this.index?.shapes.get(id);
    if (!s) return;
    const v = this.visible;
    if (contains(v, { x: s.x, y: s.y }) && contains(v, { x: s.x + s.w, y: s.y + s.h })) return;
    this.centreOn({ x: s.x + s.w / 2, y: s.y + s.h / 2 });
  }

  copy(): string | null {
    const boardId = this.boardId;
    return boardId ? copySelection(this.editor, boardId, this.ui.selection) : null;
  }

  cut(): string | null {
    const text = this.copy();
    const boardId = this.boardId;
    if (text && boardId && !this.readOnly) deleteSelection(this.editor, boardId, this.ui.selection);
    return text;
  }

  paste(text: string, at?: Point): void {
    const boardId = this.boardId;
    if (!boardId || this.readOnly) return;
    const reading: PasteReading = readClipboard(text);
    if (reading.kind === 'refused') {
      if (reading.reason === 'damaged') this.callbacks.notify('canvas.messages.pasteDamaged');
      return;
    }
    const point = at ?? (this.hover.point && contains(this.visible, this.hover.point) ? this.hover.point : { x: this.visible.x + this.visible.w / 2, y: this.visible.y + this.visible.h / 2 });
    select(this.editor, pasteReading(this.editor, boardId, reading, point));
  }

  runAction(action: CanvasAction): boolean {
    const boardId = this.boardId;
    const sel = this.ui.selection;
    const index = this.index;
    if (!boardId || !index) return false;
    const write = !this.readOnly;
    const nudge = (dx: number, dy: number) => write && sel.length > 0 && nudgeShapes(this.editor, boardId, sel, dx, dy);
    if (action.startsWith('place.')) {
      if (write) this.placeFromKeyboard(action.slice(6) as ShapeType);
      return true;
    }
    switch (action) {
      case 'tool.select':
        this.setTool({ kind: 'select' });
        return true;
      case 'tool.hand':
        this.setTool({ kind: 'hand' });
        return true;
      case 'tool.connect':
        this.setTool({ kind: 'connect' });
        return true;
      case 'edit.delete':
        if (write) deleteSelection(this.editor, boardId, sel);
        select(this.editor, sel.filter((id) => findBoard(this.editor.document, boardId)?.shapes.some((s) => s.id === id)));
        return true;
      case 'edit.duplicate':
        if (write) select(this.editor, duplicateSelection(this.editor, boardId, sel));
        return true;
      case 'edit.selectAll':
        select(this.editor, [...index.shapes.keys(), ...index.routes.keys()]);
        return true;
      case 'edit.text': {
        if (!write || sel.length !== 1) return false;
        const id = sel[0]!;
        this.callbacks.editText(index.shapes.has(id) ? { kind: 'shape', id } : { kind: 'connector', id });
        return true;
      }
      case 'edit.escape':
        if (this.gesture.kind !== 'idle') {
          this.gesture = { kind: 'idle' };
          this.redrawAll();
        } else if (this.ui.tool.kind !== 'select') this.setTool({ kind: 'select' });
        else select(this.editor, []);
        return true;
      case 'select.next':
      case 'select.previous': {
        const order = this.board!.shapes.map((s) => s.id);
        if (order.length === 0) return false;
        const current = sel.length === 1 ? order.indexOf(sel[0]!) : -1;
        const step = action === 'select.next' ? 1 : -1;
        const next = order[(current + step + order.length) % order.length]!;
        select(this.editor, [next]);
        this.ensureVisible(next);
        return true;
      }
      case 'nudge.left':
        return nudge(-1, 0) !== undefined;
      case 'nudge.right':
        return nudge(1, 0) !== undefined;
      case 'nudge.up':
        return nudge(0, -1) !== undefined;
      case 'nudge.down':
        return nudge(0, 1) !== undefined;
      case 'nudgeFar.left':
        return nudge(-10, 0) !== undefined;
      case 'nudgeFar.right':
        return nudge(10, 0) !== undefined;
      case 'nudgeFar.up':
        return nudge(0, -10) !== undefined;
      case 'nudgeFar.down':
        return nudge(0, 10) !== undefined;
      case 'addConnected.left':
        this.addConnected('left');
        return true;
      case 'addConnected.right':
        this.addConnected('right');
        return true;
      case 'addConnected.up':
        this.addConnected('top');
        return true;
      case 'addConnected.down':
        this.addConnected('bottom');
        return true;
      case 'connect.selected': {
        if (!write) return true;
        const made = connectInOrder(this.editor, boardId, sel.filter((id) => index.shapes.has(id)));
        if (made.length > 0) select(this.editor, made);
        else this.callbacks.notify('canvas.messages.connectNeedsTwo');
        return true;
      }
      case 'lock.toggle': {
        const shapes = sel.map((id) => index.shapes.get(id)).filter((s): s is Shape => !!s);
        if (write && shapes.length > 0) setLocked(this.editor, boardId, sel, !shapes.every((s) => s.locked));
        return true;
      }
      case 'order.front':
      case 'order.back':
      case 'order.forward':
      case 'order.backward':
        if (write) reorder(this.editor, boardId, sel, action.slice(6) as 'front');
        return true;
      case 'zoom.in':
        this.zoomBy(1);
        return true;
      case 'zoom.out':
        this.zoomBy(-1);
        return true;
      case 'zoom.fit':
        this.zoomToFit();
        return true;
      case 'zoom.selection':
        this.zoomToSelection();
        return true;
      case 'zoom.actual':
        this.zoomTo(1);
        return true;
      case 'grid.toggle':
        canvasStateOf(this.editor).setState({ snapToGrid: !this.ui.snapToGrid });
        return true;
      case 'presentation.toggle':
        this.callbacks.togglePresentation();
        return true;
      case 'shortcuts.show':
        this.callbacks.toggleShortcuts();
        return true;
    }
    return false;
  }

  onKeyDown(e: KeyboardEvent): void {
    if (e.key === ' ' && !this.spaceHeld) {
      this.spaceHeld = true;
      e.preventDefault();
      return;
    }
    const action = actionForKey(e);
    if (!action) return;
    if (this.runAction(action)) e.preventDefault();
  }

  onKeyUp(e: KeyboardEvent): void {
    if (e.key === ' ') this.spaceHeld = false;
    // Nudges coalesce while the key repeats; letting go closes the step.
    if (e.key.startsWith('Arrow')) this.editor.seal();
  }

  /** A connector's route as drawn now (for the in-place label editor). */
  routeOf(id: string) {
    const lookup = this.previewLookup();
    const c = this.board?.connectors.find((x) => x.id === id);
    return c && lookup ? routeConnector(c, lookup) : null;
  }
}
