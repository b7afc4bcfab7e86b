import { describe, expect, it } from 'vitest';
import { daysBetween, daysOverdue, isDueToday, isOverdue, localDate } from '../../../../shared/record/overdue';

const open = (dueDate: string | null) => ({ dueDate, status: 'notStarted' as const });

describe('when an action is overdue', () => {
  it('an action due today is not overdue while the day lasts', () => {
    expect(isOverdue(open('2026-03-24'), '2026-03-24')).toBe(false);
    expect(isDueToday(open('2026-03-24'), '2026-03-24')).toBe(true);
  });

  it('an action is overdue once its due day is over', () => {
    expect(isOverdue(open('2026-03-24'), '2026-03-25')).toBe(true);
    expect(daysOverdue(open('2026-03-24'), '2026-03-25')).toBe(1);
  });

  it('a done action or one without due date is never overdue', () => {
    expect(isOverdue({ dueDate: '2020-01-01', status: 'done' }, '2026-03-25')).toBe(false);
    expect(isOverdue(open(null), '2026-03-25')).toBe(false);
    expect(daysOverdue(open(null), '2026-03-25')).toBe(0);
  });

  it('in Stockholm at 23:59 local time the due day is not yet over, at 00:00 it is', () => {
    // 22:59 UTC is 23:59 in Stockholm (UTC+1 in March before the switch to summer time).
    expect(localDate(new Date('2026-03-24T22:59:00Z'), 'Europe/Stockholm')).toBe('2026-03-24');
    expect(localDate(new Date('2026-03-24T23:00:00Z'), 'Europe/Stockholm')).toBe('2026-03-25');
    expect(isOverdue(open('2026-03-24'), localDate(new Date('2026-03-24T22:59:00Z'), 'Europe/Stockholm'))).toBe(false);
    expect(isOverdue(open('2026-03-24'), localDate(new Date('2026-03-24T23:00:00Z'), 'Europe/Stockholm'))).toBe(true);
  });

  it('the same instant can be overdue in Auckland and not in Oslo or New York', () => {
    const instant = new Date('2026-06-10T13:30:00Z');
    const due = open('2026-06-10');
    expect(isOverdue(due, localDate(instant, 'Pacific/Auckland'))).toBe(true); // 01:30 on the 11th
    expect(isOverdue(due, localDate(instant, 'Europe/Oslo'))).toBe(false); // 15:30 on the 10th
    expect(isOverdue(due, localDate(instant, 'America/New_York'))).toBe(false); // 09:30 on the 10th
  });

  it('summer time does not shift the day boundary: 23:30 in Oslo in July is still the due day', () => {
    expect(localDate(new Date('2026-07-01T21:30:00Z'), 'Europe/Oslo')).toBe('2026-07-01');
    expect(localDate(new Date('2026-07-01T22:00:00Z'), 'Europe/Oslo')).toBe('2026-07-02');
  });

  it('counts whole days across a month end and a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysOverdue(open('2026-01-31'), '2026-03-02')).toBe(30);
  });
});
