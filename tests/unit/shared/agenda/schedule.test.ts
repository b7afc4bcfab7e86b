import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockParts, computeSchedule, parseClockTime } from '../../../../shared/agenda/schedule';
import { MAX_PLANNED_MINUTES } from '../../../../shared/model/workshop';

const items = (...minutes: number[]) => minutes.map((plannedMinutes, i) => ({ id: `item-${i}`, plannedMinutes }));
const at = (h: number, m: number) => h * 60 + m;

describe('clock times of the agenda', () => {
  it('items of 30, 15 and 45 minutes from 09:00 run 09:00–09:30, 09:30–09:45 and 09:45–10:30', () => {
    const schedule = computeSchedule('09:00', items(30, 15, 45));
    expect(schedule).toEqual({
      items: [
        { id: 'item-0', start: at(9, 0), end: at(9, 30) },
        { id: 'item-1', start: at(9, 30), end: at(9, 45) },
        { id: 'item-2', start: at(9, 45), end: at(10, 30) },
      ],
      end: at(10, 30),
      totalMinutes: 90,
    });
  });

  it('without a start time there are no clock times', () => {
    expect(computeSchedule(null, items(30))).toBeNull();
  });

  it('a start time that is not a valid HH:MM gives no clock times', () => {
    for (const bad of ['9:00', '24:00', '09:60', 'nine', '', '09:00 ']) expect(computeSchedule(bad, items(30))).toBeNull();
  });

  it('an empty agenda ends when it starts and lasts zero minutes', () => {
    expect(computeSchedule('13:15', [])).toEqual({ items: [], end: at(13, 15), totalMinutes: 0 });
  });

  it('an item of zero minutes starts and ends at the same time', () => {
    expect(computeSchedule('10:00', items(0))?.items[0]).toEqual({ id: 'item-0', start: at(10, 0), end: at(10, 0) });
  });

  it('a workshop that runs past midnight ends at 00:30 on the next day', () => {
    const schedule = computeSchedule('23:30', items(60));
    expect(schedule?.end).toBe(at(24, 30));
    expect(clockParts(schedule!.end)).toEqual({ hours: 0, minutes: 30, dayOffset: 1 });
  });

  it('a clock time within the day has no day offset', () => {
    expect(clockParts(at(17, 5))).toEqual({ hours: 17, minutes: 5, dayOffset: 0 });
  });

  it('reads valid clock times as minutes after midnight and refuses others', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('23:59')).toBe(at(23, 59));
    expect(parseClockTime('7:30')).toBeNull();
    expect(parseClockTime('12:5')).toBeNull();
  });

  it('for any agenda, the items follow each other without gaps and the total is the sum of planned minutes', () => {
    const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
    const minutes = fc.array(fc.integer({ min: 0, max: MAX_PLANNED_MINUTES }), { maxLength: 40 });
    fc.assert(
      fc.property(clock, minutes, ([h, m], planned) => {
        const startTime = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const schedule = computeSchedule(startTime, items(...planned));
        expect(schedule).not.toBeNull();
        if (!schedule) return;
        const start = at(h, m);
        const sum = planned.reduce((a, b) => a + b, 0);
        expect(schedule.end - start).toBe(sum);
        expect(schedule.totalMinutes).toBe(sum);
        schedule.items.forEach((item, i) => {
          expect(item.start).toBe(i === 0 ? start : schedule.items[i - 1]!.end);
          expect(item.end - item.start).toBe(planned[i]);
        });
      }),
    );
  });

  it('for any clock-minute value, hours and minutes stay within a day and add back up to the value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * 24 * 60 }), (value) => {
        const { hours, minutes, dayOffset } = clockParts(value);
        expect(hours).toBeGreaterThanOrEqual(0);
        expect(hours).toBeLessThan(24);
        expect(minutes).toBeGreaterThanOrEqual(0);
        expect(minutes).toBeLessThan(60);
        expect(dayOffset * 1440 + hours * 60 + minutes).toBe(value);
      }),
    );
  });
});
