import { z } from 'zod';

/**
 * Units of time on a value-stream map. s, min and h are clock time within the working day.
 * `wd` (working day) is one day of the map's net available time — the "days" of inventory that
 * the timeline ladder shows. `d` (calendar day) is a day on the calendar, nights and weekends
 * included; it becomes working time through the working week (7 calendar days = the map's
 * working days per week), because lead time on a map is measured on the working clock.
 */
export const DurationUnit = z.enum(['s', 'min', 'h', 'wd', 'd']);
export type DurationUnit = z.infer<typeof DurationUnit>;

/** A duration as the user entered it: the number and its unit, never pre-converted. */
export const Duration = z.object({ value: z.number().finite().nonnegative(), unit: DurationUnit });
export type Duration = z.infer<typeof Duration>;

const CLOCK_SECONDS: Record<'s' | 'min' | 'h', number> = { s: 1, min: 60, h: 3600 };

/** What the calendar units need to become seconds of working time. */
export type WorkingCalendar = {
  /** The map's net available time per day, in seconds; null when the map does not say. */
  secondsPerWorkingDay: number | null;
  workingDaysPerWeek: number;
};

export type ConversionResult =
  | { ok: true; seconds: number }
  | { ok: false; missing: 'workingDay' };

export function isClockUnit(unit: DurationUnit): unit is 's' | 'min' | 'h' {
  return unit === 's' || unit === 'min' || unit === 'h';
}

/** A clock duration in seconds (s, min, h need no calendar). */
export function clockSeconds(value: number, unit: 's' | 'min' | 'h'): number {
  return value * CLOCK_SECONDS[unit];
}

/** Seconds of working time in a duration; days need the map's working day, so they can fail. */
export function toWorkingSeconds(duration: Duration, calendar: WorkingCalendar): ConversionResult {
  const { value, unit } = duration;
  if (isClockUnit(unit)) return { ok: true, seconds: clockSeconds(value, unit) };
  if (calendar.secondsPerWorkingDay === null) return { ok: false, missing: 'workingDay' };
  const workingDays = unit === 'wd' ? value : (value * calendar.workingDaysPerWeek) / 7;
  return { ok: true, seconds: workingDays * calendar.secondsPerWorkingDay };
}

/** Seconds of working time expressed in a unit (the inverse of toWorkingSeconds). */
export function fromWorkingSeconds(seconds: number, unit: DurationUnit, calendar: WorkingCalendar): number | null {
  if (isClockUnit(unit)) return seconds / CLOCK_SECONDS[unit];
  if (calendar.secondsPerWorkingDay === null || calendar.secondsPerWorkingDay <= 0) return null;
  const workingDays = seconds / calendar.secondsPerWorkingDay;
  return unit === 'wd' ? workingDays : (workingDays * 7) / calendar.workingDaysPerWeek;
}
