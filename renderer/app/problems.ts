import type { IoProblem } from '../../shared/ipc/contract';
import type { LoadProblem } from '../../shared/model/load';

const loadProblems: readonly string[] = ['empty', 'notJson', 'notWorkshop', 'schema', 'newerVersion', 'migration'];

/** The catalogue key of the sentence that explains a problem to the user. */
export function problemKey(problem: LoadProblem | IoProblem | 'contents'): string {
  if (problem === 'contents') return 'failures.contents';
  return loadProblems.includes(problem) ? `errors.load.${problem}` : `errors.io.${problem}`;
}
