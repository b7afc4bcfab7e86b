import { vsm } from '../i18n/areas/vsm';
import type { Board } from '../model/board';
import type { Language } from '../model/language';
import type { Point, Rect } from '../shapes/geometry';
import type { Primitive } from '../shapes/primitives';
import { textWidth } from '../shapes/text';
import type { ValueStreamMetrics } from './analyze';
import { readableSeconds } from './format';

/** A step whose cycle time exceeds takt: where its tag goes (the shape's top right corner) and what it says. */
export interface BottleneckTag {
  shapeId: string;
  /** The top right corner of the step on the board; the tag hangs from it. */
  at: Point;
  /** "▲ 62 s > 46 s": the step's C/T (or PT) against takt, by the one rounding rule. */
  text: string;
  /** What the tag means, for a tooltip or a screen reader. */
  meaning: string;
}

/**
 * The bottleneck tags of a value-stream map, for the canvas (drawn over the stage) and the PDF
 * (drawn into the board's picture): one list, so the screen and the record flag the same steps.
 */
export function bottleneckTags(board: Board, metrics: ValueStreamMetrics, lang: Language): BottleneckTag[] {
  const takt = metrics.takt.value;
  if (takt === null || metrics.bottlenecks.length === 0) return [];
  return metrics.stepLoads.flatMap((load) => {
    if (load.overTakt !== true || load.shapeId === null || load.workSeconds === null) return [];
    const shape = board.shapes.find((s) => s.id === load.shapeId);
    if (!shape) return [];
    return [{ shapeId: shape.id, at: { x: shape.x + shape.w, y: shape.y }, text: `▲ ${readableSeconds(load.workSeconds, lang)} > ${readableSeconds(takt, lang)}`, meaning: vsm[lang].metrics.bottleneck }];
  });
}

const TAG_FONT = 11;
const TAG_PAD = 4;
export const TAG_COLOUR = '#c92a2a';

/** Where a tag is drawn: over the step's top right corner, as the canvas places it. */
export function bottleneckTagBox(tag: BottleneckTag): Rect {
  const w = textWidth(tag.text, TAG_FONT, true) + 2 * TAG_PAD;
  const h = TAG_FONT + 2 * TAG_PAD;
  return { x: tag.at.x - 0.7 * w, y: tag.at.y - 0.6 * h, w, h };
}

/** A tag as drawing primitives (a red label over the step's corner), for the printed board. */
export function bottleneckTagPrimitives(tag: BottleneckTag): Primitive[] {
  const { x, y, w, h } = bottleneckTagBox(tag);
  return [
    { kind: 'rect', x, y, w, h, radius: 3, fill: TAG_COLOUR, stroke: null },
    { kind: 'text', x, y, w, h, lines: [tag.text], fontSize: TAG_FONT, fontWeight: 'bold', color: '#ffffff', align: 'center', valign: 'middle' },
  ];
}
