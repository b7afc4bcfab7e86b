import type Konva from 'konva';
import type { Board, Shape, ShapeType } from '../../../shared/model/board';
import type { ObstacleQuery } from '../../../shared/shapes/avoid';
import { routeConnector, type ShapeLookup } from '../../../shared/shapes/connectors';
import { fieldAt } from '../../../shared/shapes/dataBox';
import { boardBounds } from '../../../shared/shapes/drawBoard';
import { contains, intersects, unionOf, type Point, type Rect, type Side } from '../../../shared/shapes/geometry';
import { defaultTheme, type Theme } from '../../../shared/shapes/primitives';
import { shapeModule } from '../../../shared/shapes/registry';
import type { DataBoxLayout } from '../../../shared/shapes/types';
import type { Editor } from '../../editor/editor';
import { findBoard } from '../../editor/board/access';
import { activeBoardId, canvasStateOf, select, setViewport, type CanvasState, type Tool } from '../../editor/board/canvasState';
import { copySelection, pasteReading, readClipboard } from '../../editor/board/clipboard';
import { isPool } from '../../editor/board/lanes';
import { createShape, deleteSelection, insertShapes, makeShape } from '../../editor/board/shapeCommands';
import { snapToGrid } from '../../editor/board/snapping';
import { BoardIndex } from '../../editor/board/spatialIndex';
import { whenIdle } from '../../editor/idle';
import { fitRect, screenToWorld, stepZoom, visibleRect, zoomAt, type Viewport } from '../../editor/board/viewport';
import type { CanvasActionKey } from './actions/action';
import { actionForKey, runCanvasAction } from './actions/registry';
import { handleAt, laneBandAt, laneEdgeAt, portHandleAt, hoverArrowAt, SCREEN, type Handle } from './hits';
import { instrumentation } from './instrumentation';
import { beginZoom } from './layers';
import type { CanvasPointer, Gesture } from './tools/gesture';
import { Idle } from './tools/idle';

export type { Handle } from './hits';

export type TextTarget =
  | { kind: 'shape'; id: string }
  | { kind: 'connector'; id: string }
  | { kind: 'lane'; poolId: string; laneId: string }
  /** One value of a shape's data box (a VSM process box's C/T, …): `field` is the prop key or `custom:<i>`. */
  | { kind: 'field'; id: string; field: string };

export interface CanvasCallbacks {
  editText(target: TextTarget): void;
  notify(messageKey: string): void;
  toggleShortcuts(): void;
  togglePresentation(): void;
}

type LayerName = 'scene' | 'drag' | 'overlay';

/**
 * The canvas without React: it owns the Konva stage and the view, and hands pointer input to the
 * current gesture (`tools/`), keys to the action registry (`actions/`). React renders the stage
 * once; per-frame work (pan, zoom, drag) touches only Konva layers, never React state.
 */
export class CanvasController {
  readonly theme: Theme = defaultTheme;
  stage: Konva.Stage | null = null;
  scene: Konva.Layer | null = null;
  drag: Konva.Layer | null = null;
  overlay: Konva.Layer | null = null;
  size = { w: 800, h: 600 };
  view: Viewport = { x: 40, y: 40, scale: 1 };
  readonly idle = new Idle(this);
  gesture: Gesture = this.idle;
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
  /** Told whenever the view changes (pan/zoom): the minimap, scrollbars and the zoom label follow. */
  readonly viewListeners = new Set<(view: Viewport) => void>();

  constructor(readonly editor: Editor) {}

  setCallbacks(callbacks: CanvasCallbacks): void {
    this.callbacks = callbacks;
  }

  /** Presentation: nothing can be edited, a left drag pans, and the board is fitted to the screen. */
  setPresenting(on: boolean): void {
    this.presenting = on;
    this.gesture = this.idle;
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

  /** The spatial index of the shown board, brought up to date when the board record changes. */
  get index(): BoardIndex | null {
    const board = this.board;
    if (!board) return null;
    const cached = this.indexCache;
    if (cached?.board !== board) {
      this.indexCache = { board, index: cached && cached.index.board.id === board.id ? cached.index.updatedTo(board) : new BoardIndex(board) };
      if (this.indexCache.index.hasPending) this.routeWhenIdle();
    }
    return this.indexCache!.index;
  }

  private routingWhenIdle = false;

  /**
   * Routes a move left out of date without being glued to what moved (BoardIndex.routePending)
   * are re-routed in the page's idle moments, then drawn: the move itself is on screen first.
   */
  private routeWhenIdle(): void {
    if (this.routingWhenIdle) return;
    this.routingWhenIdle = true;
    whenIdle((timeLeft) => {
      this.routingWhenIdle = false;
      const index = this.indexCache?.index;
      if (!index) return;
      if (index.routePending(timeLeft)) this.redrawAll();
      if (index.hasPending) this.routeWhenIdle();
    });
  }

  get readOnly(): boolean {
    return this.editor.origin.readOnly || this.presenting;
  }

  attach(stage: Konva.Stage, scene: Konva.Layer, drag: Konva.Layer, overlay: Konva.Layer): void {
    this.stage = stage;
    this.scene = scene;
    this.drag = drag;
    this.overlay = overlay;
    instrumentation.attached(this);
    this.unsubscribe.push(
      this.editor.store.subscribe(() => this.redrawAll()),
      canvasStateOf(this.editor).subscribe((state, previous) => {
        if (state.activeBoardId !== previous.activeBoardId) this.showBoard();
        if (state.selection !== previous.selection || state.tool !== previous.tool) this.requestDraw('overlay');
      }),
    );
    this.showBoard();
  }

  detach(): void {
    this.unsubscribe.forEach((u) => u());
    this.unsubscribe = [];
    this.stage = null;
    this.scene = this.drag = this.overlay = null;
  }

  resize(size: { w: number; h: number }): void {
    this.size = size;
    this.stage?.size({ width: size.w, height: size.h });
    if (this.autoFitted) this.zoomToFit(false);
    this.redrawAll();
    // What is in view changed size: the scrollbars and the minimap follow.
    this.viewListeners.forEach((listener) => listener(this.view));
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

  requestDraw(layer: LayerName): void {
    this[layer]?.batchDraw();
  }

  redrawAll(): void {
    this.requestDraw('scene');
    this.requestDraw('drag');
    this.requestDraw('overlay');
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

  private toScreen(e: { clientX: number; clientY: number }): Point {
    const r = this.stage?.container().getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  }

  toWorld(e: { clientX: number; clientY: number }): Point {
    return screenToWorld(this.view, this.toScreen(e));
  }

  /** A DOM pointer or mouse event as the gestures see it. */
  pointer(e: { clientX: number; clientY: number; button?: number; shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): CanvasPointer {
    const screen = this.toScreen(e);
    return { screen, world: screenToWorld(this.view, screen), button: e.button ?? 0, shift: !!e.shiftKey, alt: !!e.altKey, mod: !!(e.ctrlKey || e.metaKey) };
  }

  // ---- the selection ---------------------------------------------------------------------------

  /** The selection's single shape, when exactly one unlocked shape is selected. */
  get singleShape(): Shape | null {
    const sel = this.ui.selection;
    if (sel.length !== 1) return null;
    const s = this.index?.shapes.get(sel[0]!);
    return s && !s.locked ? s : null;
  }

  /** The box around the selected unlocked shapes, whose handles resize them (one or several). */
  get selectionBox(): { ids: string[]; rect: Rect } | null {
    const index = this.index;
    if (!index) return null;
    const shapes = this.ui.selection.map((id) => index.shapes.get(id)).filter((s): s is Shape => !!s && !s.locked);
    // A pool resizes alone: its lanes carry their shapes.
    if (shapes.length === 0 || (shapes.length > 1 && shapes.some(isPool))) return null;
    const rect = unionOf(shapes);
    return rect ? { ids: shapes.map((s) => s.id), rect } : null;
  }

  /** The shapes and connectors that move with a set of shapes (drawn on the drag layer). */
  affected(ids: Iterable<string>): Set<string> {
    const out = new Set(ids);
    const index = this.index;
    if (index) for (const id of [...out]) for (const c of index.connectorsOf(id)) out.add(c);
    return out;
  }

  /** Shapes as they look mid-gesture: moved or resized shapes at their new place. */
  previewLookup(): ShapeLookup | null {
    const index = this.index;
    if (!index) return null;
    const base: ShapeLookup = (id) => index.shapes.get(id);
    return this.gesture.lookup ? this.gesture.lookup(base) : base;
  }

  /**
   * The shapes a route goes round as they stand now: during a drag the moving shapes are where
   * the pointer has them (the index still has them where they were).
   */
  previewObstacles(): ObstacleQuery | undefined {
    const index = this.index;
    if (!index) return undefined;
    const moving = this.gesture.hidden;
    const lookup = this.previewLookup();
    if (!moving || moving.size === 0 || !this.gesture.lookup || !lookup) return index.obstacles;
    return (r) => {
      const out = index.obstacles(r).filter((s) => !moving.has(s.id));
      for (const id of moving) {
        const s = index.shapes.has(id) ? lookup(id) : undefined;
        if (s && !shapeModule(s.type).container && intersects(s, r)) out.push(s);
      }
      return out;
    };
  }

  /** A connector's route as drawn now (for the drag layer and the in-place label editor). */
  routeOf(id: string): Point[] | null {
    const lookup = this.previewLookup();
    const c = this.index?.routes.get(id)?.connector ?? this.board?.connectors.find((x) => x.id === id);
    return c && lookup ? routeConnector(c, lookup, this.previewObstacles()) : null;
  }

  /** The data-box layout of a shape as drawn now (null for shapes without one). */
  dataBoxOf(shapeId: string): DataBoxLayout | null {
    const shape = this.index?.shapes.get(shapeId);
    const module = shape ? shapeModule(shape.type) : null;
    if (!shape || !module?.dataBox) return null;
    return module.dataBox(shape, this.theme.language ?? 'en');
  }

  // ---- pointer ---------------------------------------------------------------------------------

  onPointerDown(e: PointerEvent): void {
    try {
      // Keeps the gesture going when the pointer leaves the canvas mid-drag.
      (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
    } catch {
      // A synthetic or already released pointer cannot be captured; the gesture still works inside.
    }
    this.pointerDown(this.pointer(e));
  }

  pointerDown(p: CanvasPointer): void {
    if (this.gesture !== this.idle) this.cancelGesture();
    this.gesture = this.idle.down(p) ?? this.idle;
  }

  onPointerMove(e: PointerEvent): void {
    this.gesture.move(this.pointer(e));
  }

  /** The pointer left the board: no shape is hovered any more (its dots and arrows go). */
  onPointerLeave(): void {
    if (this.gesture !== this.idle || this.hover.shapeId === null) return;
    this.hover = { shapeId: null, point: null };
    this.requestDraw('overlay');
  }

  onPointerUp(e: PointerEvent): void {
    this.pointerUp(this.pointer(e));
  }

  pointerUp(p: CanvasPointer): void {
    const g = this.gesture;
    this.gesture = this.idle;
    g.up(p);
    this.redrawAll();
  }

  /** Escape or a lost pointer: the gesture ends and nothing it showed is kept. */
  cancelGesture(): void {
    const g = this.gesture;
    this.gesture = this.idle;
    g.cancel();
    this.redrawAll();
  }

  onDoubleClick(e: MouseEvent): void {
    if (this.readOnly) return;
    const world = this.toWorld(e);
    const lane = laneBandAt(this, world);
    if (lane) return this.callbacks.editText({ kind: 'lane', ...lane });
    const hit = this.index?.hitTest(world, SCREEN.lineHit / this.view.scale);
    if (hit) {
      select(this.editor, [hit.id]);
      const layout = hit.kind === 'shape' ? this.dataBoxOf(hit.id) : null;
      const field = layout ? fieldAt(layout, world) : null;
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

  updateCursor(world: Point): void {
    const container = this.stage?.container();
    if (container) container.style.cursor = this.cursorAt(world);
  }

  cursorAt(world: Point): string {
    const tool = this.ui.tool;
    if (this.spaceHeld || tool.kind === 'hand') return 'grab';
    if (tool.kind === 'place' || tool.kind === 'connect') return 'crosshair';
    if (this.readOnly) return 'default';
    const box = this.selectionBox;
    const h: Handle | null = box ? handleAt(this, box.rect, world) : null;
    if (h) return h === 'n' || h === 's' ? 'ns-resize' : h === 'e' || h === 'w' ? 'ew-resize' : h === 'nw' || h === 'se' ? 'nwse-resize' : 'nesw-resize';
    if (portHandleAt(this, world)) return 'crosshair';
    if (hoverArrowAt(this, world)) return 'pointer';
    const hit = this.index?.hitTest(world, SCREEN.lineHit / this.view.scale);
    const edge = !hit || this.index?.shapes.get(hit.id)?.type === 'swimlane' ? laneEdgeAt(this, world) : null;
    if (edge) return edge.horizontal ? 'row-resize' : 'col-resize';
    return hit ? 'move' : 'default';
  }

  // ---- commands the actions and the palette use ------------------------------------------------

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

  /** Alt+arrow or a click on a hover arrow: a copy of the shape that way, connected to it. */
  addConnected(direction: Side, fromId?: string): void {
    const boardId = this.boardId;
    const from = fromId ? this.index?.shapes.get(fromId) : this.singleShape;
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
    this.hover = { shapeId: null, point: this.hover.point };
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
    const reading = readClipboard(text);
    if (reading.kind === 'refused') {
      if (reading.reason === 'damaged') this.callbacks.notify('canvas.messages.pasteDamaged');
      return;
    }
    const v = this.visible;
    const point = at ?? (this.hover.point && contains(v, this.hover.point) ? this.hover.point : { x: v.x + v.w / 2, y: v.y + v.h / 2 });
    select(this.editor, pasteReading(this.editor, boardId, reading, point));
  }

  /** Runs a registered canvas action (keys, toolbar, menus); false when it could not run now. */
  runAction(id: CanvasActionKey): boolean {
    return runCanvasAction(this, id);
  }

  onKeyDown(e: KeyboardEvent): void {
    if (e.key === ' ' && !this.spaceHeld) {
      this.spaceHeld = true;
      e.preventDefault();
      return;
    }
    const id = actionForKey(e);
    if (id && this.runAction(id)) {
      e.preventDefault();
      instrumentation.actionRan(id);
    }
  }

  onKeyUp(e: KeyboardEvent): void {
    if (e.key === ' ') this.spaceHeld = false;
    // Nudges coalesce while the key repeats; letting go closes the step.
    if (e.key.startsWith('Arrow')) this.editor.seal();
  }
}
