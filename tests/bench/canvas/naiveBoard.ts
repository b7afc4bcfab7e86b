/// <reference lib="dom" />
import Konva from 'konva';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Arrow, Group, Layer, Line, Path, Rect, Stage, Text, Ellipse } from 'react-konva';
import type { Board } from '../../../shared/model/board';
import { drawShape } from '../../../shared/shapes/drawBoard';
import { lookupOf, routeConnector } from '../../../shared/shapes/connectors';
import { defaultTheme, type Primitive } from '../../../shared/shapes/primitives';
import { LINE_HEIGHT } from '../../../shared/shapes/text';

/**
 * The baseline of the canvas benchmark: the board drawn the naive react-konva way — one Konva
 * group per shape with a node per primitive, every node on one layer, no culling, no caching,
 * listening on (the defaults). Bundled by the benchmark and evaluated in a Chromium host page.
 */
function node(p: Primitive, key: number) {
  const style = { fill: p.kind !== 'text' ? (p.fill ?? undefined) : undefined, stroke: p.kind !== 'text' ? (p.stroke ?? undefined) : undefined, strokeWidth: p.kind !== 'text' ? p.strokeWidth : undefined, opacity: p.kind !== 'text' ? p.opacity : undefined, key };
  switch (p.kind) {
    case 'rect':
      return h(Rect, { ...style, x: p.x, y: p.y, width: p.w, height: p.h, cornerRadius: p.radius });
    case 'ellipse':
      return h(Ellipse, { ...style, x: p.cx, y: p.cy, radiusX: p.rx, radiusY: p.ry });
    case 'polyline':
      return h(Line, { ...style, points: p.points, closed: p.closed });
    case 'path':
      return h(Path, { ...style, data: p.d });
    case 'text':
      return h(Text, { key, x: p.x, y: p.y, width: p.w, height: p.h, text: p.lines.join('\n'), fontSize: p.fontSize, lineHeight: LINE_HEIGHT, fontFamily: defaultTheme.fontFamily, fill: p.color, align: p.align, verticalAlign: p.valign });
  }
}

function NaiveBoard({ board, width, height }: { board: Board; width: number; height: number }) {
  const lookup = lookupOf(board);
  return h(
    Stage,
    { width, height },
    h(
      Layer,
      null,
      ...board.shapes.map((s) => h(Group, { key: s.id, id: s.id }, ...drawShape(s, defaultTheme).map(node))),
      ...board.connectors.map((c) => {
        const route = routeConnector(c, lookup) ?? [];
        return h(Arrow, { key: c.id, points: route.flatMap((p) => [p.x, p.y]), stroke: defaultTheme.line, fill: defaultTheme.line, strokeWidth: 1.75, pointerLength: 10, pointerWidth: 9 });
      }),
    ),
  );
}

declare global {
  interface Window {
    __naive?: { stage(): Konva.Stage | undefined; mount(json: string, el: HTMLElement, w: number, hgt: number): Promise<void> };
    __naiveBoard?: Board;
  }
}

window.__naive = {
  stage: () => Konva.stages[Konva.stages.length - 1],
  async mount(json, el, w, hgt) {
    const board = (JSON.parse(json) as { boards: Board[] }).boards[0]!;
    window.__naiveBoard = board;
    const root = createRoot(el);
    root.render(h(NaiveBoard, { board, width: w, height: hgt }));
    await new Promise<void>((resolve) => {
      const wait = () => (Konva.stages.length > 0 && Konva.stages[Konva.stages.length - 1]!.getLayers()[0]?.getChildren().length ? resolve() : requestAnimationFrame(wait));
      wait();
    });
  },
};
