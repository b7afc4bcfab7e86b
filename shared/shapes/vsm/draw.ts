import { fill } from '../../vsm/format';
import { vsm } from '../../i18n/areas/vsm';
import type { Rect } from '../geometry';
import { label } from '../label';
import type { Primitive, Theme } from '../primitives';
import type { DataBoxLayout, DataBoxRow } from '../types';
import type { DurationUnit } from '../../vsm/units';
import type { FieldSpec } from './fields';
import { readEntered, type CustomLine, type EnteredValue, type EntryLanguage } from './values';

/** Drawing helpers shared by the VSM icons: every icon is plain primitives, so it stays crisp at any zoom and in the PDF. */

export const INVALID_INK = '#c92a2a';
export const KAIZEN_FILL = '#ffd43b';

export const languageOf = (t: Theme): EntryLanguage => t.language ?? 'en';

export function outline(points: number[], t: Theme, fillColour: string | null = t.shapeFill, width = 1.5): Primitive {
  return { kind: 'polyline', closed: true, points, fill: fillColour, stroke: t.line, strokeWidth: width };
}

export function line(points: number[], t: Theme, width = 1.5, dash?: number[]): Primitive {
  return { kind: 'polyline', closed: false, points, stroke: t.line, strokeWidth: width, ...(dash ? { dash } : {}) };
}

/**
 * How a typed value reads on the map: "45 s", "3 wd"; a value with its own unit word is shown as
 * typed. A value stored without a unit is in its field's default unit, as the arithmetic reads it.
 */
export function shownValue(value: EnteredValue, lang: EntryLanguage, defaultUnit?: DurationUnit): string {
  const text = value.text.trim();
  const unit = value.unit ?? defaultUnit;
  if (unit === undefined || /[^\d\s.,%+\-\u2212]/u.test(text)) return text;
  return fill(vsm[lang].units[unit], { value: text });
}

type ShownRow = DataBoxRow & { name: string; value: string; bad: boolean };

/** A data-box line as a reader sees it: the field (or `custom:<index>`), its name, the value as shown, and whether it cannot be read. */
export interface DataBoxEntry {
  field: string;
  name: string;
  value: string;
  bad: boolean;
}

/**
 * The filled lines of a data box, in order: one per field that has a value (an empty field takes
 * no room) and the user's own lines. `labels` names the fields (the map's short ones, or the
 * panel's full ones for the board outline and the PDF's description).
 */
export function dataBoxEntries(specs: readonly FieldSpec[], props: Record<string, unknown>, custom: readonly CustomLine[], lang: EntryLanguage, labels: Record<string, string>): DataBoxEntry[] {
  const rows: DataBoxEntry[] = [];
  for (const spec of specs) {
    const value = props[spec.key] as EnteredValue | undefined;
    if (!value || value.text.trim() === '') continue;
    const reading = readEntered(value, spec, lang);
    const shown = spec.kind === 'percent' && !value.text.includes('%') ? `${value.text.trim()} %` : shownValue(value, lang, spec.kind === 'duration' ? spec.unit : undefined);
    rows.push({ field: spec.key, name: labels[spec.key] ?? spec.key, value: (reading.state === 'invalid' ? '! ' : '') + shown, bad: reading.state === 'invalid' });
  }
  custom.forEach((line, i) => {
    if (line.label.trim() !== '' || line.value.trim() !== '') rows.push({ field: `custom:${i}`, name: line.label, value: line.value, bad: false });
  });
  return rows;
}

/**
 * The rows of a data box and where each sits (dataBoxEntries, laid out). Drawing and the canvas's
 * in-place editor both read this, so a double-click finds the very row that was drawn.
 */
export function dataBoxLayout(box: Rect, specs: readonly FieldSpec[], props: Record<string, unknown>, custom: readonly CustomLine[], lang: EntryLanguage): DataBoxLayout & { rows: ShownRow[] } {
  const rows = dataBoxEntries(specs, props, custom, lang, vsm[lang].dataBox as Record<string, string>);
  const rowHeight = Math.min(20, Math.max(12, (box.h - 6) / Math.max(1, rows.length)));
  const fontSize = Math.min(12, rowHeight - 5);
  const placed: ShownRow[] = [];
  rows.forEach((row, i) => {
    const y = box.y + 3 + i * rowHeight;
    if (y + rowHeight > box.y + box.h + 0.5) return;
    placed.push({
      ...row,
      rect: { x: box.x, y, w: box.w, h: rowHeight },
      nameRect: { x: box.x + 6, y, w: box.w * 0.45 - 6, h: rowHeight },
      valueRect: { x: box.x + box.w * 0.45, y, w: box.w * 0.55 - 6, h: rowHeight },
    });
  });
  return { box, fields: [...specs.map((s) => s.key), ...custom.map((_, i) => `custom:${i}`)], rows: placed, rowHeight, fontSize };
}

/** Draws a data box. A value that cannot be read is drawn in red with a "!" so it is seen on the map. */
export function dataRows(box: Rect, specs: readonly FieldSpec[], props: Record<string, unknown>, custom: readonly CustomLine[], t: Theme): Primitive[] {
  const layout = dataBoxLayout(box, specs, props, custom, languageOf(t));
  const out: Primitive[] = [];
  for (const row of layout.rows) {
    out.push(...label(row.name, row.nameRect, t.mutedInk, { language: t.language, fontSize: layout.fontSize, align: 'left' }));
    out.push(...label(row.value, row.valueRect, row.bad ? INVALID_INK : t.ink, { language: t.textLanguage, fontSize: layout.fontSize, align: 'right', bold: row.bad }));
  }
  return out;
}

/** A triangle standing on its base, the inventory sign, with a letter in it. */
export function triangle(box: Rect, letter: string, t: Theme, fillColour: string = t.waitFill): Primitive[] {
  const { x, y, w, h } = box;
  return [
    outline([x + w / 2, y, x + w, y + h, x, y + h], t, fillColour),
    ...label(letter, { x: x + w * 0.3, y: y + h * 0.4, w: w * 0.4, h: h * 0.55 }, t.ink, { language: t.textLanguage, fontSize: Math.min(22, h * 0.45), bold: true }),
  ];
}

/** The factory of supplier and customer: a saw-tooth roof over a wall. */
export function factory(box: Rect, t: Theme): Primitive[] {
  const { x, y, w, h } = box;
  const roof = y + h * 0.35;
  const teeth = 3;
  const tooth = w / teeth;
  const points: number[] = [x, y + h, x, roof];
  for (let i = 0; i < teeth; i++) points.push(x + tooth * i, roof, x + tooth * (i + 1), y, x + tooth * (i + 1), roof);
  points.push(x + w, y + h);
  return [outline(points, t, t.accentFill)];
}

/** Wraps a label under an icon, where VSM names sit. */
export function caption(text: string, box: Rect, t: Theme): Primitive[] {
  return label(text, box, t.ink, { language: t.textLanguage, fontSize: 13, bold: true });
}
