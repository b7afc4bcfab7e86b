import { vsm } from '../i18n/areas/vsm';
import { describeNumberProblem } from '../i18n/number';
import type { Language } from '../model/language';
import type { Assumption, BasisInput, Figure, Problem } from './figure';
import { fill, formatDecimal, formatWithUnit } from './format';
import type { ValueStream } from './model';
import type { EntryProblem } from './parse';

/** The name a message uses for an element: its own name, else a readable stand-in. */
function elementName(stream: ValueStream, id: string, lang: Language): string {
  const element = stream.elements.find((candidate) => candidate.id === id);
  const name = element?.name.trim() ?? '';
  return name !== '' ? name : vsm[lang].problems.unnamed;
}

const QUOTES: Record<Language, [string, string]> = { en: ['“', '”'], sv: ['”', '”'], nb: ['«', '»'] };

/** A problem as a sentence in the user's language, naming the field and the step it is about. */
export function describeProblem(problem: Problem, stream: ValueStream, lang: Language): string {
  const strings = vsm[lang];
  const field = problem.field ? strings.fields[problem.field] : '';
  const first = problem.elementIds[0];
  const element = first === undefined ? '' : elementName(stream, first, lang);
  const at = first !== undefined && stream.elements.some((candidate) => candidate.id === first);
  switch (problem.code) {
    case 'missing':
      if (problem.field === 'netAvailableTime' && at) return fill(strings.problems.needsWorkingDay, { element });
      return fill(at ? strings.problems.missingAt : strings.problems.missing, { field, element });
    case 'invalid':
      return fill(at ? strings.problems.invalidAt : strings.problems.invalid, { field, element, entered: problem.entered ?? '' });
    case 'cycle':
      return fill(strings.problems.cycle, { elements: problem.elementIds.map((id) => `${QUOTES[lang][0]}${elementName(stream, id, lang)}${QUOTES[lang][1]}`).join(' → ') });
    case 'unitNotAllowed':
    case 'zero':
      return fill(strings.problems[problem.code], { field });
    case 'stepLeadTimeBelowProcessTime':
    case 'notOnMainFlow':
      return fill(strings.problems[problem.code], { element });
    case 'breaksExceedShift':
    case 'noMainFlow':
    case 'edgeNotConnected':
    case 'noSteps':
      return strings.problems[problem.code];
  }
}

export function describeAssumption(assumption: Assumption, stream: ValueStream, lang: Language): string {
  const strings = vsm[lang].assumptions;
  if ('elementId' in assumption) return fill(strings[assumption.code], { element: elementName(stream, assumption.elementId, lang) });
  return strings[assumption.code];
}

/** A basis input's value as text, in its own unit ("28 800 s", "920 per day", "2", "80 %"). */
function inputValue(input: BasisInput, lang: Language): string {
  switch (input.unit) {
    case 'count':
    case 'pieces':
    case 'period':
      return formatDecimal(input.value, lang);
    default:
      return formatWithUnit(input.value, input.unit, lang);
  }
}

export type BasisText = {
  /** The formula in words: "net available time ÷ customer demand per day". */
  formula: string;
  /** Each input with its value: "customer demand per day: 920 per day", naming the step where there is one. */
  inputs: string[];
  assumptions: string[];
};

/** How a figure was reached, for the "basis" the metrics panel shows beside each figure. */
export function describeBasis(figure: Figure, stream: ValueStream, lang: Language): BasisText {
  const strings = vsm[lang];
  return {
    formula: strings.formulas[figure.basis.formula],
    inputs: figure.basis.inputs.map((input) => {
      const label = input.elementId === undefined ? strings.fields[input.name] : `${strings.fields[input.name]} (${elementName(stream, input.elementId, lang)})`;
      return `${label}: ${inputValue(input, lang)}`;
    }),
    assumptions: figure.basis.assumptions.map((assumption) => describeAssumption(assumption, stream, lang)),
  };
}

/** Why a typed value was not accepted, for the message under the field. */
export function describeEntryProblem(problem: EntryProblem, text: string, lang: Language): string {
  if (problem === 'overHundred' || problem === 'unknownUnit') return fill(vsm[lang].entry[problem], { text: text.trim() });
  return describeNumberProblem(problem, text, lang);
}
