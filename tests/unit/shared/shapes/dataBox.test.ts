import { describe, expect, it } from 'vitest';
import { fieldAt, fieldEditRect, nextField } from '../../../../shared/shapes/dataBox';
import { vsmProcess, vsmServiceStep } from '../../../../shared/shapes/vsm/material';
import { processProps, serviceProps } from '../../../../shared/shapes/vsm/material';

/** A 170 × 160 process box at (100, 100): header 48 high, data box from y 148 to 260. */
const box = (props: Partial<ReturnType<typeof processProps.parse>>) => ({ x: 100, y: 100, w: 170, h: 160, text: 'Welding', props: { ...processProps.parse({}), ...props } });

describe('data-box rows on the canvas', () => {
  it('finds the row that was drawn under the point, from the layout the module draws with', () => {
    const shape = box({ cycleTime: { text: '45', unit: 's' }, uptime: { text: '85' }, operators: { text: '2' } });
    const layout = vsmProcess.dataBox!(shape, 'en');
    // Three rows of 20 from y 151: C/T 151–171, uptime 171–191, operators 191–211.
    expect(layout.rows.map((r) => [r.field, r.rect.y])).toEqual([['cycleTime', 151], ['uptime', 171], ['operators', 191]]);
    expect(fieldAt(layout, { x: 150, y: 160 })).toBe('cycleTime');
    expect(fieldAt(layout, { x: 250, y: 180 })).toBe('uptime');
    expect(fieldAt(layout, { x: 120, y: 200 })).toBe('operators');
    // Below the rows: the first field not filled in yet (changeover comes after C/T in the panel's order).
    expect(fieldAt(layout, { x: 150, y: 240 })).toBe('changeover');
    // The header (the name) and outside the shape are not fields.
    expect(fieldAt(layout, { x: 150, y: 120 })).toBeNull();
    expect(fieldAt(layout, { x: 400, y: 160 })).toBeNull();
  });

  it('an empty data box starts at C/T, and a field with no row gets the next free row', () => {
    const layout = vsmProcess.dataBox!(box({}), 'en');
    expect(layout.rows).toEqual([]);
    expect(fieldAt(layout, { x: 150, y: 155 })).toBe('cycleTime');
    const place = fieldEditRect(layout, 'cycleTime');
    expect(place.row.y).toBeGreaterThanOrEqual(148);
    expect(place.value.x).toBeCloseTo(100 + 170 * 0.45);
  });

  it('user lines are rows too, and Tab order follows the panel', () => {
    const shape = box({ cycleTime: { text: '45', unit: 's' }, customFields: [{ label: 'Tooling', value: 'jig B' }] });
    const layout = vsmProcess.dataBox!(shape, 'sv');
    expect(fieldAt(layout, { x: 150, y: 175 })).toBe('custom:0');
    expect(nextField(layout, 'cycleTime', 1)).toBe('changeover');
    expect(nextField(layout, 'completeAccurate', 1)).toBe('custom:0');
    expect(nextField(layout, 'custom:0', 1)).toBeNull();
    expect(nextField(layout, 'cycleTime', -1)).toBeNull();
  });

  it('a service step offers PT, LT and %C&A', () => {
    const layout = vsmServiceStep.dataBox!({ x: 0, y: 0, w: 170, h: 130, text: 'Intake', props: serviceProps.parse({}) }, 'nb');
    expect(layout.fields).toEqual(['processTime', 'leadTime', 'completeAccurate']);
  });
});
