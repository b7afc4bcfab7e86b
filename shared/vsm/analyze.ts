import { dailyDemand, netAvailableTime, taktTime, workingCalendar } from './calendar';
import { basis, dedupeProblems, figure, noFigure, type Assumption, type BasisInput, type Figure, type Problem } from './figure';
import { readField } from './fields';
import { analyseFlow } from './graph';
import { buildLadder, type Ladder } from './ladder';
import { isStep, type FlowElement, type Inventory, type MapKind, type Step, type ValueStream } from './model';
import { toWorkingSeconds, type Duration, type WorkingCalendar } from './units';

/** An element's time on the flow, in seconds of working time, or why it is unknown. */
type ElementTime = { seconds: number | null; problems: Problem[]; assumptions: Assumption[]; input: BasisInput | null };

/** A step's C/T (or PT) against takt, for the bar chart and the bottleneck flag. */
export type StepLoad = { elementId: string; shapeId: string | null; name: string; workSeconds: number | null; overTakt: boolean | null };

export type ValueStreamMetrics = {
  id: string;
  name: string;
  kind: MapKind;
  netAvailableTime: Figure;
  dailyDemand: Figure;
  takt: Figure;
  /** Lead time in seconds of working time, and the same in working days. */
  leadTime: Figure;
  leadTimeDays: Figure;
  valueAddedTime: Figure;
  /** Process cycle efficiency (manufacturing) / flow efficiency (service), %. */
  pce: Figure;
  operatorsNeeded: Figure;
  /** Service maps only (null on manufacturing maps). */
  activityRatio: Figure | null;
  rolledCompleteAccurate: Figure | null;
  /** Each inventory's or wait's time (by element id). */
  inventoryTimes: Map<string, Figure>;
  stepLoads: StepLoad[];
  /** Ids of the steps whose C/T exceeds takt. */
  bottlenecks: string[];
  mainFlow: string[] | null;
  ladder: Ladder | null;
  /** Everything the map's author should know: figures that cannot be computed and why, and elements off the flow. */
  problems: Problem[];
  /** What the figures take for granted (no breaks entered, no supplier drawn …), once each. */
  assumptions: Assumption[];
};

function durationSeconds(duration: Duration, calendar: WorkingCalendar, elementId: string): { seconds: number } | { problem: Problem } {
  const converted = toWorkingSeconds(duration, calendar);
  if (converted.ok) return { seconds: converted.seconds };
  return { problem: { code: 'missing', field: 'netAvailableTime', elementIds: [elementId] } };
}

/** Inventory time: an explicit waiting time, or the quantity by the map's method. */
function inventoryTime(element: Inventory, stream: ValueStream, context: MapContext): Figure {
  const { calendar, demand, takt } = context;
  if (element.waitingTime !== null) {
    const read = readField(element.waitingTime, 'waitingTime', element.id);
    const assumptions: Assumption[] = element.quantity !== null ? [{ code: 'waitingTimeOverQuantity', elementId: element.id }] : [];
    if (!read.ok) return noFigure('s', basis('waitingTime', [], assumptions), [read.problem]);
    const why = basis('waitingTime', [{ name: 'waitingTime', value: read.value.value, unit: read.value.unit, elementId: element.id }], assumptions);
    const seconds = durationSeconds(read.value, calendar, element.id);
    return 'seconds' in seconds ? figure(seconds.seconds, 's', why) : noFigure('s', why, [seconds.problem, ...context.available.problems]);
  }
  const quantity = readField(element.quantity, 'quantity', element.id);
  const method = stream.settings.inventoryTimeMethod;
  if (!quantity.ok) return noFigure('s', basis(method === 'takt' ? 'inventoryByTakt' : 'inventoryByDailyDemand'), [quantity.problem]);
  const quantityInput: BasisInput = { name: 'quantity', value: quantity.value, unit: 'pieces', elementId: element.id };
  if (method === 'takt') {
    // quantity × takt: the pieces waiting, each taking one takt to be pulled through.
    const why = basis('inventoryByTakt', [quantityInput, ...(takt.value !== null ? [{ name: 'takt' as const, value: takt.value, unit: 's' as const }] : [])]);
    return takt.value === null ? noFigure('s', why, takt.problems) : figure(quantity.value * takt.value, 's', why);
  }
  // quantity ÷ daily demand = days of demand waiting; a day is the map's working day.
  const why = basis('inventoryByDailyDemand', [
    quantityInput,
    ...(demand.value !== null ? [{ name: 'dailyDemand' as const, value: demand.value, unit: 'piecesPerDay' as const }] : []),
    ...(calendar.secondsPerWorkingDay !== null ? [{ name: 'netAvailableTime' as const, value: calendar.secondsPerWorkingDay, unit: 's' as const }] : []),
  ]);
  if (demand.value === null || calendar.secondsPerWorkingDay === null) return noFigure('s', why, [...demand.problems, ...context.available.problems]);
  return figure((quantity.value / demand.value) * calendar.secondsPerWorkingDay, 's', why);
}

/** The hands-on work of a step: C/T for a process box, PT for a service step. */
function workTime(step: Step, calendar: WorkingCalendar): ElementTime {
  const field = step.kind === 'process' ? 'cycleTime' : 'processTime';
  const read = readField(step.kind === 'process' ? step.cycleTime : step.processTime, field, step.id);
  if (!read.ok) return { seconds: null, problems: [read.problem], assumptions: [], input: null };
  const converted = durationSeconds(read.value, calendar, step.id);
  if ('problem' in converted) return { seconds: null, problems: [converted.problem], assumptions: [], input: null };
  return { seconds: converted.seconds, problems: [], assumptions: [], input: { name: field, value: converted.seconds, unit: 's', elementId: step.id } };
}

/** How long a step holds the work: C/T for a process box; a service step's own LT (its PT when no LT is given). */
function stepFlowTime(step: Step, calendar: WorkingCalendar): ElementTime {
  const work = workTime(step, calendar);
  if (step.kind === 'process' || step.leadTime === null) {
    const assumptions: Assumption[] = step.kind === 'serviceStep' && work.seconds !== null ? [{ code: 'stepLeadTimeFromProcessTime', elementId: step.id }] : [];
    return { ...work, assumptions };
  }
  const read = readField(step.leadTime, 'leadTime', step.id);
  if (!read.ok) return { seconds: null, problems: [read.problem], assumptions: [], input: null };
  const converted = durationSeconds(read.value, calendar, step.id);
  if ('problem' in converted) return { seconds: null, problems: [converted.problem], assumptions: [], input: null };
  if (work.seconds !== null && converted.seconds < work.seconds) {
    return { seconds: null, problems: [{ code: 'stepLeadTimeBelowProcessTime', field: 'leadTime', elementIds: [step.id] }], assumptions: [], input: null };
  }
  return { seconds: converted.seconds, problems: [], assumptions: [], input: { name: 'leadTime', value: converted.seconds, unit: 's', elementId: step.id } };
}

type MapContext = { calendar: WorkingCalendar; available: Figure; demand: Figure; takt: Figure };

function sumFigure(formula: 'leadTime' | 'valueAddedTime', parts: ElementTime[], extra: Problem[] = [], extraAssumptions: Assumption[] = []): Figure {
  const problems = [...extra, ...parts.flatMap((part) => part.problems)];
  const why = basis(
    formula,
    parts.flatMap((part) => (part.input ? [part.input] : [])),
    [...extraAssumptions, ...parts.flatMap((part) => part.assumptions)],
  );
  if (problems.length > 0 || parts.some((part) => part.seconds === null)) return noFigure('s', why, problems);
  return figure(parts.reduce((sum, part) => sum + (part.seconds ?? 0), 0), 's', why);
}

function ratio(formula: 'pce' | 'activityRatio', top: Figure, bottom: Figure): Figure {
  const inputs: BasisInput[] = [
    ...(top.value !== null ? [{ name: 'valueAddedTime' as const, value: top.value, unit: 's' as const }] : []),
    ...(bottom.value !== null ? [{ name: 'leadTime' as const, value: bottom.value, unit: 's' as const }] : []),
  ];
  const why = basis(formula, inputs);
  if (top.value === null || bottom.value === null) return noFigure('percent', why, [...top.problems, ...bottom.problems]);
  if (bottom.value === 0) return noFigure('percent', why, [{ code: 'zero', field: 'leadTime', elementIds: [] }]);
  return figure((top.value / bottom.value) * 100, 'percent', why);
}

function elementTime(element: FlowElement, stream: ValueStream, context: MapContext): ElementTime {
  if (element.kind === 'inventory') {
    const time = inventoryTime(element, stream, context);
    return {
      seconds: time.value,
      problems: time.problems,
      assumptions: time.basis.assumptions,
      input: time.value === null ? null : { name: 'waits', value: time.value, unit: 's', elementId: element.id },
    };
  }
  if (isStep(element)) return stepFlowTime(element, context.calendar);
  return { seconds: 0, problems: [], assumptions: [], input: null }; // supplier and customer take no time
}

/** All the figures of one value-stream map, each with its unit and basis, or the problems in its way. */
export function analyzeValueStream(stream: ValueStream): ValueStreamMetrics {
  const { settings } = stream;
  const available = netAvailableTime(settings);
  const demand = dailyDemand(settings);
  const takt = taktTime(available, demand);
  const calendar = workingCalendar(settings, available);
  const context: MapContext = { calendar, available, demand, takt };
  const byId = new Map(stream.elements.map((element) => [element.id, element]));

  const times = new Map(stream.elements.map((element) => [element.id, elementTime(element, stream, context)]));
  const flow = analyseFlow(stream, (id) => times.get(id)?.seconds ?? 0);
  const flowProblems = flow.problems.filter((problem) => problem.code === 'cycle' || problem.code === 'noMainFlow');
  const path = flow.path ?? [];
  const pathElements = path.map((id) => byId.get(id)!);
  const pathSteps = pathElements.filter(isStep);
  const flowSteps = stream.elements.filter((element): element is Step => isStep(element) && flow.onFlow.has(element.id));
  // A flow without any step has no value-added time to speak of; its lead time is still the waiting.
  const noSteps: Problem[] = flow.path !== null && flowSteps.length === 0 ? [{ code: 'noSteps', elementIds: [] }] : [];

  // An unknown time anywhere on the flow leaves the longest path itself unknown: a branch whose C/T
  // is missing might be the longest. So those problems count even when the tentative path skips them.
  const onPath = new Set(path);
  const offPathProblems = [...flow.onFlow].filter((id) => !onPath.has(id)).flatMap((id) => times.get(id)!.problems);
  const leadTime = sumFigure('leadTime', path.map((id) => times.get(id)!), [...flowProblems, ...offPathProblems], flow.assumptions);
  const leadTimeDays =
    leadTime.value === null
      ? noFigure('wd', leadTime.basis, leadTime.problems)
      : available.value === null
        ? noFigure('wd', leadTime.basis, available.problems)
        : figure(leadTime.value / available.value, 'wd', leadTime.basis);
  const work = new Map(flowSteps.map((step) => [step.id, workTime(step, calendar)]));
  const valueAdded = sumFigure('valueAddedTime', pathSteps.map((step) => work.get(step.id)!), [...flowProblems, ...offPathProblems, ...noSteps]);
  const pce = ratio('pce', valueAdded, leadTime);

  // Operators needed ≈ the work content of every step in the flow ÷ takt.
  const allWork = sumFigure('valueAddedTime', flowSteps.map((step) => work.get(step.id)!), [...flowProblems, ...noSteps]);
  const operatorsWhy = basis('operatorsNeeded', [
    ...(allWork.value !== null ? [{ name: 'cycleTime' as const, value: allWork.value, unit: 's' as const }] : []),
    ...(takt.value !== null ? [{ name: 'takt' as const, value: takt.value, unit: 's' as const }] : []),
  ]);
  const operatorsNeeded =
    allWork.value === null || takt.value === null
      ? noFigure('operators', operatorsWhy, [...allWork.problems, ...takt.problems])
      : figure(allWork.value / takt.value, 'operators', operatorsWhy);

  const stepLoads: StepLoad[] = flowSteps.map((step) => {
    const seconds = work.get(step.id)!.seconds;
    return {
      elementId: step.id,
      shapeId: step.shapeId,
      name: step.name,
      workSeconds: seconds,
      overTakt: seconds === null || takt.value === null ? null : seconds > takt.value,
    };
  });

  const service = settings.kind === 'service';
  const activityRatio = service ? ratio('activityRatio', valueAdded, leadTime) : null;
  const rolledCompleteAccurate = service ? rolledCA(pathSteps, [...flowProblems, ...noSteps]) : null;

  const inventoryTimes = new Map<string, Figure>();
  for (const element of stream.elements) if (element.kind === 'inventory') inventoryTimes.set(element.id, inventoryTime(element, stream, context));

  const ladder = flow.path === null ? null : buildLadder(pathElements, times, work, available.value);
  const figures = [available, demand, takt, leadTime, valueAdded, pce, operatorsNeeded, activityRatio, rolledCompleteAccurate];
  return {
    id: stream.id,
    name: stream.name,
    kind: settings.kind,
    netAvailableTime: available,
    dailyDemand: demand,
    takt,
    leadTime,
    leadTimeDays,
    valueAddedTime: valueAdded,
    pce,
    operatorsNeeded,
    activityRatio,
    rolledCompleteAccurate,
    inventoryTimes,
    stepLoads,
    bottlenecks: stepLoads.filter((load) => load.overTakt === true).map((load) => load.elementId),
    mainFlow: flow.path,
    ladder,
    problems: dedupeProblems([...flow.problems, ...figures.flatMap((f) => f?.problems ?? [])]),
    assumptions: uniqueAssumptions(figures.flatMap((f) => f?.basis.assumptions ?? [])),
  };
}

/** Rolled %C&A = the product of every step's %C&A along the main flow. */
function rolledCA(steps: Step[], extra: Problem[]): Figure {
  const reads = steps.map((step) => ({ step, read: readField(step.completeAccuratePercent, 'completeAccuratePercent', step.id) }));
  const inputs: BasisInput[] = reads.flatMap(({ step, read }) => (read.ok ? [{ name: 'completeAccuratePercent' as const, value: read.value, unit: 'percent' as const, elementId: step.id }] : []));
  const problems = [...extra, ...reads.flatMap(({ read }) => (read.ok ? [] : [read.problem]))];
  const why = basis('rolledCompleteAccurate', inputs);
  if (problems.length > 0) return noFigure('percent', why, problems);
  return figure(inputs.reduce((product, input) => product * (input.value / 100), 1) * 100, 'percent', why);
}

function uniqueAssumptions(assumptions: readonly Assumption[]): Assumption[] {
  const seen = new Map(assumptions.map((assumption) => [JSON.stringify(assumption), assumption]));
  return [...seen.values()];
}
