import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import type { KpiPeriod, PeriodKey } from '../model/teamBoards';

dayjs.extend(utc);
dayjs.extend(isoWeek);

/**
 * The periods a KPI is measured in, as keys that sort in time order: a day `2026-03-19`, an ISO
 * week `2026-W12` (Monday to Sunday, the week numbers Swedish and Norwegian workplaces plan by),
 * a month `2026-03`. All arithmetic is on calendar dates in UTC, so it does not depend on the
 * computer's time zone. ISO weeks come from dayjs's isoWeek plugin.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function periodKind(key: PeriodKey): KpiPeriod {
  if (WEEK.test(key)) return 'week';
  if (DAY.test(key)) return 'day';
  return 'month';
}

/** The first day of a period. */
function startOf(key: PeriodKey): Dayjs {
  const week = WEEK.exec(key);
  if (week) {
    // 4 January is always in week 1 of its ISO year.
    return dayjs.utc(`${week[1]}-01-04`).isoWeek(Number(week[2])).isoWeekday(1);
  }
  if (DAY.test(key)) return dayjs.utc(key);
  return dayjs.utc(`${key}-01`);
}

function keyOf(day: Dayjs, kind: KpiPeriod): PeriodKey {
  if (kind === 'day') return day.format('YYYY-MM-DD');
  if (kind === 'month') return day.format('YYYY-MM');
  return `${day.isoWeekYear()}-W${pad(day.isoWeek())}`;
}

/** The period of that kind that contains a calendar date (YYYY-MM-DD). */
export function periodOf(isoDate: string, kind: KpiPeriod): PeriodKey {
  return keyOf(dayjs.utc(isoDate), kind);
}

/** The period `steps` periods after (negative: before) the given one. */
export function shiftPeriod(key: PeriodKey, steps: number): PeriodKey {
  if (steps === 0) return key;
  const kind = periodKind(key);
  return periodAt(periodIndex(key) + steps, kind);
}

/**
 * Period keys and their running numbers, remembered: a goal board of 40 KPIs asks for the same few
 * hundred periods again on every redraw, and dayjs makes an object per question.
 */
const indexOfKey = new Map<string, number>();
const keyOfIndex = new Map<string, PeriodKey>();
const remember = <K, V>(map: Map<K, V>, key: K, value: V): V => {
  if (map.size > 50_000) map.clear();
  map.set(key, value);
  return value;
};

/** The period with a running number (the inverse of `periodIndex`). */
export function periodAt(index: number, kind: KpiPeriod): PeriodKey {
  const memo = `${kind}:${index}`;
  const known = keyOfIndex.get(memo);
  if (known !== undefined) return known;
  const day =
    kind === 'month'
      ? dayjs.utc(Date.UTC(Math.floor(index / 12), ((index % 12) + 12) % 12, 1))
      : dayjs.utc(((kind === 'day' ? index : index * 7 + 4) as number) * 86_400_000);
  return remember(keyOfIndex, memo, keyOf(day, kind));
}

/**
 * A running number of the period (days, weeks or months since 1970), so that the distance
 * between two periods of one kind is a subtraction: a gap in the values is a jump in the index.
 */
export function periodIndex(key: PeriodKey): number {
  const known = indexOfKey.get(key);
  if (known !== undefined) return known;
  return remember(indexOfKey, key, computeIndex(key));
}

function computeIndex(key: PeriodKey): number {
  const kind = periodKind(key);
  const start = startOf(key);
  if (kind === 'month') return start.year() * 12 + start.month();
  const days = Math.round(start.valueOf() / 86_400_000);
  // 1970-01-05 was a Monday: weeks are counted from it.
  return kind === 'day' ? days : Math.floor((days - 4) / 7);
}

/** The `count` periods that end with `last`, oldest first. */
export function periodsEndingAt(last: PeriodKey, count: number): PeriodKey[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => shiftPeriod(last, i - count + 1));
}

/** Every period from `first` to `last`, both included (empty when `last` is before `first`). */
export function periodRange(first: PeriodKey, last: PeriodKey): PeriodKey[] {
  const n = periodIndex(last) - periodIndex(first) + 1;
  return n > 0 ? periodsEndingAt(last, n) : [];
}

/**
 * The period whose value the team reports at a meeting on `isoDate`: the last complete one
 * (yesterday, last week, last month). A KPI is up to date when it has a value for it or later.
 */
export function duePeriod(isoDate: string, kind: KpiPeriod): PeriodKey {
  const memo = `${kind}@${isoDate}`;
  const known = keyOfIndex.get(memo);
  if (known !== undefined) return known;
  return remember(keyOfIndex, memo, shiftPeriod(periodOf(isoDate, kind), -1));
}

/** The parts of a period key, for labels in the user's language. */
export function periodParts(key: PeriodKey): { kind: KpiPeriod; year: number; week?: number; month?: number; day?: number } {
  const week = WEEK.exec(key);
  if (week) return { kind: 'week', year: Number(week[1]), week: Number(week[2]) };
  const day = DAY.exec(key);
  if (day) return { kind: 'day', year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
  const month = MONTH.exec(key);
  return { kind: 'month', year: Number(month?.[1] ?? 0), month: Number(month?.[2] ?? 1) };
}

/** The first calendar day of a period (YYYY-MM-DD). */
export function periodStartDate(key: PeriodKey): string {
  return startOf(key).format('YYYY-MM-DD');
}

/** True when the text is a period key of that kind that exists (week 53 only in years that have it). */
export function isPeriodOf(key: string, kind: KpiPeriod): key is PeriodKey {
  const pattern = kind === 'day' ? DAY : kind === 'week' ? WEEK : MONTH;
  if (!pattern.test(key)) return false;
  const start = startOf(key);
  return start.isValid() && keyOf(start, kind) === key;
}

const WEEK_WORDS = '(?:v|v\\.|vecka|veckan|uke|u|week|wk|w)';
const WEEK_TEXT = [
  new RegExp(`^(\\d{4})\\s*-?\\s*W(\\d{1,2})$`, 'i'),
  new RegExp(`^${WEEK_WORDS}\\s*(\\d{1,2})[,\\s/-]+(\\d{4})$`, 'i'),
  new RegExp(`^(\\d{4})[,\\s/-]+${WEEK_WORDS}\\s*(\\d{1,2})$`, 'i'),
];

/** A calendar date as people write it: 2026-03-19, 19.03.2026, 19/3/2026 (day first, as in sv, nb and en-GB). */
function readDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  const parsed = dayjs.utc(date);
  return parsed.isValid() && parsed.format('YYYY-MM-DD') === date ? date : null;
}

/**
 * Reads a period as it comes from a spreadsheet or is typed: the key itself (2026-W12, 2026-03,
 * 2026-03-19), a week written "v12 2026", "vecka 12, 2026", "uke 12 2026", "2026 W12", a month
 * "03/2026", or any date (then the period of that kind that contains it). Null when it is none.
 */
export function readPeriod(input: string, kind: KpiPeriod): PeriodKey | null {
  const text = input.trim();
  if (isPeriodOf(text, kind)) return text;
  const date = readDate(text);
  if (date) return periodOf(date, kind);
  if (kind === 'week') {
    for (const pattern of WEEK_TEXT) {
      const m = pattern.exec(text);
      if (!m) continue;
      const [year, week] = /^\d{4}$/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      const key = `${year}-W${pad(Number(week))}`;
      return isPeriodOf(key, 'week') ? key : null;
    }
  }
  if (kind === 'month') {
    const m = /^(\d{1,2})[./-](\d{4})$/.exec(text) ?? /^(\d{4})[./-](\d{1,2})$/.exec(text);
    if (m) {
      const [year, month] = m[1]!.length === 4 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      const key = `${year}-${pad(Number(month))}`;
      return isPeriodOf(key, 'month') ? key : null;
    }
  }
  return null;
}
