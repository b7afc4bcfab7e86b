import { catalogues } from '../i18n';
import type { Board } from '../model/board';
import type { Language } from '../model/language';
import { fill } from '../report/html';
import { isInformationFlow } from '../shapes/vsm/flows';
import { analyzeValueStream, type ValueStreamMetrics } from '../vsm/analyze';
import { valueStreamOfBoard } from '../vsm/boards';
import type { Figure } from '../vsm/figure';
import { formatFigure } from '../vsm/format';
import { boardOutline, type BoardOutline, type OutlineConnection, type OutlineShape } from './boardOutline';

/**
 * A board's text alternative, for the PDF's figure of it (and anyone who cannot see the drawing):
 * a process map by its lanes, shapes and flow ("Svarvning → Fräsning"); a value-stream map by its
 * main flow, step by step with each step's data-box values and whether it is over takt, then its
 * key figures. Words come from the `access` area in the report's language.
 */

/** A description lists at most this many shapes and as many connections; a huge map says how many more. */
export const DESCRIBE_LIMIT = 80;

type Strings = Record<string, string>;

/** The `_one`/`_other` form of a counted message, by the language's plural rules (as i18next picks them). */
export function counted(lang: Language, strings: Record<string, string>, key: string, count: number): string {
  const form = new Intl.PluralRules(lang).select(count);
  return fill(strings[`${key}_${form}`] ?? strings[`${key}_other`] ?? key, { count });
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

class Budget {
  constructor(private left: number) {}
  /** Joins the items that still fit; the rest are counted in "and N more". */
  list(lang: Language, s: Strings, items: readonly string[], separator: string): string {
    const shown = items.slice(0, Math.max(0, this.left));
    this.left -= shown.length;
    const rest = items.length - shown.length;
    return [...shown, ...(rest > 0 ? [counted(lang, s, 'more', rest)] : [])].join(separator);
  }
}

export function describeShape(shape: OutlineShape, lang: Language, extra: readonly string[] = []): string {
  const s = catalogues[lang].access.describe;
  const head = shape.text ? fill(s.shape, { kind: shape.kind, text: shape.text }) : fill(s.shapeNoText, { kind: shape.kind });
  const details = [...shape.fields.map((f) => fill(s.data, { name: f.name, value: f.value }).trim()), ...extra];
  return details.length > 0 ? `${head} (${details.join(s.listSeparator)})` : head;
}

export function describeConnection(connection: OutlineConnection, lang: Language): string {
  const s = catalogues[lang].access.describe;
  const line = `${connection.from.name} → ${connection.to.name}`;
  return connection.label ? fill(s.labelled, { connection: line, label: connection.label }) : line;
}

export function describeBoard(board: Board, lang: Language, limit = DESCRIBE_LIMIT): string {
  const s = catalogues[lang].access.describe;
  const outline = boardOutline(board, lang);
  const name = outline.name || catalogues[lang].report.boards.untitled;
  if (outline.shapes.length === 0 && outline.connections.length === 0) return fill(s.empty, { name });
  const counts = { name, shapes: counted(lang, s, 'shapes', outline.shapes.length), connections: counted(lang, s, 'connections', outline.connections.length) };
  const stream = valueStreamOfBoard(board, lang);
  if (stream) return describeValueStream(outline, stream.state, analyzeValueStream(stream), counts, lang, limit);
  const shapes = new Budget(limit);
  const sentences = [fill(s.board, counts)];
  for (const pool of outline.pools) {
    if (pool.name) sentences.push(fill(s.pool, { name: pool.name }));
    for (const lane of pool.lanes) {
      const laneName = lane.name || '–';
      sentences.push(lane.shapes.length === 0 ? fill(s.laneEmpty, { name: laneName }) : fill(s.lane, { name: laneName, shapes: shapes.list(lang, s, lane.shapes.map((x) => describeShape(x, lang)), s.listSeparator) }));
    }
  }
  if (outline.others.length > 0) {
    const list = shapes.list(lang, s, outline.others.map((x) => describeShape(x, lang)), s.listSeparator);
    sentences.push(fill(outline.pools.length > 0 ? s.others : s.shapesList, { shapes: list }));
  }
  if (outline.connections.length > 0) sentences.push(fill(s.flow, { connections: new Budget(limit).list(lang, s, outline.connections.map((c) => describeConnection(c, lang)), s.groupSeparator) }));
  return sentences.join(' ');
}

function describeValueStream(outline: BoardOutline, state: 'current' | 'future', m: ValueStreamMetrics, counts: Record<string, string>, lang: Language, limit: number): string {
  const s = catalogues[lang].access.describe;
  const v = catalogues[lang].vsm;
  const byId = new Map(outline.shapes.map((shape) => [shape.id, shape]));
  const over = new Set(m.bottlenecks);
  const sentences = [fill(s.vsm, { ...counts, kind: lowerFirst(v.kinds[m.kind]), state: lowerFirst(v.states[state]) })];
  const flow = (m.mainFlow ?? []).map((id) => byId.get(id)).filter((shape): shape is OutlineShape => shape !== undefined);
  const shapes = new Budget(limit);
  if (flow.length > 0) sentences.push(fill(s.mainFlow, { steps: shapes.list(lang, s, flow.map((shape) => describeShape(shape, lang, over.has(shape.id) ? [s.overTakt] : [])), ' → ') }));
  else sentences.push(s.noMainFlow);
  const figures: [string, Figure | null][] = [
    [v.metrics.takt, m.takt],
    [v.metrics.leadTime, m.leadTimeDays],
    [v.metrics.valueAddedTime, m.valueAddedTime],
    [m.kind === 'service' ? v.metrics.flowEfficiency : v.metrics.pce, m.pce],
    [v.metrics.activityRatio, m.activityRatio],
    [v.metrics.rolledCompleteAccurate, m.rolledCompleteAccurate],
  ];
  const known = figures.filter(([, figure]) => figure !== null && figure.value !== null).map(([label, figure]) => `${label} ${formatFigure(figure, lang)}`);
  if (known.length > 0) sentences.push(fill(s.figures, { figures: known.join(s.groupSeparator) }));
  const onFlow = new Set(flow.map((shape) => shape.id));
  const elsewhere = outline.shapes.filter((shape) => !onFlow.has(shape.id));
  if (elsewhere.length > 0) sentences.push(fill(s.offFlow, { shapes: shapes.list(lang, s, elsewhere.map((shape) => describeShape(shape, lang)), s.listSeparator) }));
  // The main flow already reads its own arrows; what is left is side flow and information flow.
  const along = new Set(flow.slice(1).map((shape, i) => `${flow[i]!.id}>${shape.id}`));
  const connections = new Budget(limit);
  const material = outline.connections.filter((c) => !isInformationFlow(c.flow) && !along.has(`${c.from.shapeId}>${c.to.shapeId}`));
  const information = outline.connections.filter((c) => isInformationFlow(c.flow));
  if (material.length > 0) sentences.push(fill(s.flow, { connections: connections.list(lang, s, material.map((c) => describeConnection(c, lang)), s.groupSeparator) }));
  if (information.length > 0) sentences.push(fill(s.information, { connections: connections.list(lang, s, information.map((c) => describeConnection(c, lang)), s.groupSeparator) }));
  return sentences.join(' ');
}

