import { catalogues } from '../../shared/i18n';
import { exchange } from '../../shared/i18n/areas/exchange';
import type { Language } from '../../shared/model/workshop';
import { fill } from '../../shared/report/html';
import { WordTemplateError } from '../services/documents/wordTemplate';
import { ioProblemOf } from '../services/ioProblem';
import { PrintError } from '../services/printer';

/** A problem with what was asked for, already worded in the user's language. */
export class OutputProblem extends Error {}

/** Why an export failed, in a sentence of the user's language. */
export function exportFailureReason(error: unknown, lang: Language): string {
  if (error instanceof OutputProblem) return error.message;
  const e = catalogues[lang].report.errors;
  if (error instanceof PrintError) return error.code === 'timeout' ? fill(e.timeout, { seconds: Math.round((error.timeoutMs ?? 0) / 1000) }) : `${e.printerFailed} (${error.message.split('\n')[0]})`;
  if (error instanceof WordTemplateError) return fill(exchange[lang].errors.template[error.problem], { name: error.fileName });
  return catalogues[lang].errors.io[ioProblemOf(error)];
}
