import type { DurationUnit } from './units';

/** The unit a computed figure is in. Working time is in seconds (`s`) or working days (`wd`). */
export type FigureUnit = 's' | 'wd' | 'percent' | 'piecesPerDay' | 'operators';

/** Which formula produced a figure (the UI shows the formula text for this id). */
export type FormulaId =
  | 'netAvailableTime'
  | 'dailyDemand'
  | 'takt'
  | 'inventoryByDailyDemand'
  | 'inventoryByTakt'
  | 'waitingTime'
  | 'leadTime'
  | 'valueAddedTime'
  | 'pce'
  | 'operatorsNeeded'
  | 'activityRatio'
  | 'rolledCompleteAccurate';

/** Names of the inputs a figure was computed from; also the fields a problem can be about. */
export type InputName =
  | 'demand'
  | 'demandPeriod'
  | 'workingDaysPerWeek'
  | 'workingDaysPerMonth'
  | 'shifts'
  | 'shiftLength'
  | 'breaks'
  | 'netAvailableTime'
  | 'dailyDemand'
  | 'takt'
  | 'quantity'
  | 'waitingTime'
  | 'cycleTime'
  | 'processTime'
  | 'leadTime'
  | 'completeAccuratePercent'
  | 'valueAddedTime'
  | 'steps'
  | 'waits';

export type BasisInput = { name: InputName; value: number; unit: FigureUnit | DurationUnit | 'count' | 'pieces' | 'period' ; elementId?: string };

/** Things taken for granted to get a figure, shown with it so nobody is misled. */
export type Assumption =
  | { code: 'noBreaks' }
  | { code: 'stepLeadTimeFromProcessTime'; elementId: string }
  | { code: 'waitingTimeOverQuantity'; elementId: string }
  | { code: 'flowFromSources' } // no supplier drawn: the flow starts where nothing flows in
  | { code: 'flowToSinks' }; // no customer drawn: the flow ends where nothing flows out

export type Basis = { formula: FormulaId; inputs: BasisInput[]; assumptions: Assumption[] };

export type ProblemCode =
  | 'missing' // a field needed for the figure is empty
  | 'invalid' // a field holds something that is not a valid value (kept as typed)
  | 'unitNotAllowed' // e.g. a shift length in days
  | 'zero' // a divisor is zero (no demand, no available time, no lead time)
  | 'breaksExceedShift'
  | 'stepLeadTimeBelowProcessTime'
  | 'cycle'
  | 'notOnMainFlow'
  | 'noMainFlow'
  | 'edgeNotConnected'
  | 'noSteps';

/** Why a figure cannot be computed, or something on the map that is not part of the calculation. */
export type Problem = {
  code: ProblemCode;
  field?: InputName;
  /** The flow elements it is about (and through them, their shapes). */
  elementIds: string[];
  /** What the user typed, for `invalid`. */
  entered?: string;
};

export type Figure =
  | { value: number; unit: FigureUnit; basis: Basis; problems: [] }
  | { value: null; unit: FigureUnit; basis: Basis; problems: Problem[] };

export function figure(value: number, unit: FigureUnit, basis: Basis): Figure {
  return { value, unit, basis, problems: [] };
}

export function noFigure(unit: FigureUnit, basis: Basis, problems: Problem[]): Figure {
  return { value: null, unit, basis, problems: dedupeProblems(problems) };
}

export function basis(formula: FormulaId, inputs: BasisInput[] = [], assumptions: Assumption[] = []): Basis {
  return { formula, inputs, assumptions };
}

export function problemKey(problem: Problem): string {
  return `${problem.code}|${problem.field ?? ''}|${problem.elementIds.join(',')}`;
}

/** The same problem reached through two figures is told once. */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Map<string, Problem>();
  for (const problem of problems) if (!seen.has(problemKey(problem))) seen.set(problemKey(problem), problem);
  return [...seen.values()];
}
