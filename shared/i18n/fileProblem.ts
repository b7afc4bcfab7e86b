import type { IoProblem } from '../ipc/ioProblem';
import type { Language } from '../model/language';
import { LoadProblem } from '../model/load';
import { catalogues } from './index';

export type FileProblem = LoadProblem | IoProblem | 'contents';

/**
 * The catalogue key of the sentence that explains why a file could not be opened, saved or read:
 * the one wording of the app's notices and the command line's messages.
 */
export function fileProblemKey(problem: FileProblem): string {
  if (problem === 'contents') return 'failures.contents';
  return LoadProblem.safeParse(problem).success ? `errors.load.${problem}` : `errors.io.${problem}`;
}

/** That sentence in one language (the command line, which has no i18next `t`). */
export function fileProblemText(language: Language, problem: FileProblem): string {
  const strings = catalogues[language];
  if (problem === 'contents') return strings.failures.contents;
  const load = LoadProblem.safeParse(problem);
  return load.success ? strings.errors.load[load.data] : strings.errors.io[problem as IoProblem];
}
