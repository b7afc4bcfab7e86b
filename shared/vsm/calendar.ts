import { basis, figure, noFigure, type Assumption, type Figure, type Problem } from './figure';
import { readField } from './fields';
import type { MapSettings } from './model';
import { clockSeconds, isClockUnit, type Duration, type WorkingCalendar } from './units';

/** A shift length or break must be clock time: a shift "in days" would make the day define itself. */
function clockDuration(value: MapSettings['shiftLength'], field: 'shiftLength' | 'breaks'): { ok: true; seconds: number; duration: Duration } | { ok: false; problem: Problem } {
  const read = readField(value, field);
  if (!read.ok) return read;
  const { unit } = read.value;
  if (!isClockUnit(unit)) return { ok: false, problem: { code: 'unitNotAllowed', field, elementIds: [] } };
  return { ok: true, seconds: clockSeconds(read.value.value, unit), duration: read.value };
}

/** Net available time per day = shifts × (shift length − breaks), in seconds. */
export function netAvailableTime(settings: MapSettings): Figure {
  const problems: Problem[] = [];
  const assumptions: Assumption[] = [];
  const shifts = readField(settings.shifts, 'shifts');
  const shiftLength = clockDuration(settings.shiftLength, 'shiftLength');
  let breaksSeconds = 0;
  if (settings.breaks === null) assumptions.push({ code: 'noBreaks' });
  else {
    const breaks = clockDuration(settings.breaks, 'breaks');
    if (breaks.ok) breaksSeconds = breaks.seconds;
    else problems.push(breaks.problem);
  }
  if (!shifts.ok) problems.push(shifts.problem);
  if (!shiftLength.ok) problems.push(shiftLength.problem);
  const inputs = [
    ...(shifts.ok ? [{ name: 'shifts' as const, value: shifts.value, unit: 'count' as const }] : []),
    ...(shiftLength.ok ? [{ name: 'shiftLength' as const, value: shiftLength.seconds, unit: 's' as const }] : []),
    { name: 'breaks' as const, value: breaksSeconds, unit: 's' as const },
  ];
  const why = basis('netAvailableTime', inputs, assumptions);
  if (!shifts.ok || !shiftLength.ok || problems.length > 0) return noFigure('s', why, problems);
  if (breaksSeconds >= shiftLength.seconds) return noFigure('s', why, [{ code: 'breaksExceedShift', field: 'breaks', elementIds: [] }]);
  if (shifts.value === 0) return noFigure('s', why, [{ code: 'zero', field: 'shifts', elementIds: [] }]);
  return figure(shifts.value * (shiftLength.seconds - breaksSeconds), 's', why);
}

/** Customer demand per working day: per week ÷ working days per week, per month ÷ working days per month. */
export function dailyDemand(settings: MapSettings): Figure {
  const demand = readField(settings.demand, 'demand');
  const divisor = { day: 1, week: settings.workingDaysPerWeek, month: settings.workingDaysPerMonth }[settings.demandPeriod];
  const divisorInput =
    settings.demandPeriod === 'week'
      ? [{ name: 'workingDaysPerWeek' as const, value: divisor, unit: 'count' as const }]
      : settings.demandPeriod === 'month'
        ? [{ name: 'workingDaysPerMonth' as const, value: divisor, unit: 'count' as const }]
        : [];
  if (!demand.ok) return noFigure('piecesPerDay', basis('dailyDemand', divisorInput), [demand.problem]);
  const why = basis('dailyDemand', [{ name: 'demand', value: demand.value, unit: 'pieces' }, ...divisorInput]);
  if (demand.value === 0) return noFigure('piecesPerDay', why, [{ code: 'zero', field: 'demand', elementIds: [] }]);
  return figure(demand.value / divisor, 'piecesPerDay', why);
}

/** Takt time = net available time per day ÷ customer demand per day, in seconds. */
export function taktTime(available: Figure, demand: Figure): Figure {
  const inputs = [
    ...(available.value !== null ? [{ name: 'netAvailableTime' as const, value: available.value, unit: 's' as const }] : []),
    ...(demand.value !== null ? [{ name: 'dailyDemand' as const, value: demand.value, unit: 'piecesPerDay' as const }] : []),
  ];
  const why = basis('takt', inputs);
  if (available.value === null || demand.value === null) return noFigure('s', why, [...available.problems, ...demand.problems]);
  return figure(available.value / demand.value, 's', why);
}

export function workingCalendar(settings: MapSettings, available: Figure): WorkingCalendar {
  return { secondsPerWorkingDay: available.value, workingDaysPerWeek: settings.workingDaysPerWeek };
}
