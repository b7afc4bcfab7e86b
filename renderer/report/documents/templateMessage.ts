import type { TFunction } from 'i18next';
import type { WordTemplateProblem } from '../../../shared/ipc/exchangeContract';

/** Why the organisation's Word template cannot be used, and what to do. */
export function templateMessage(t: TFunction, failure: { fileName: string; problem: WordTemplateProblem; detail: string }): { message: string; advice: string; detail: string } {
  return { message: t(`exchange.errors.template.${failure.problem}`, { name: failure.fileName }), advice: t('exchange.word.templateHint'), detail: failure.detail };
}
