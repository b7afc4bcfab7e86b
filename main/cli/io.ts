import type { Language } from '../../shared/model/language';

/** Where a command writes and what it knows about its surroundings; tests pass their own. */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  lang: Language;
  /** Whether --lang was given (a report then uses it instead of the workshop's own language). */
  langGiven?: boolean;
  cwd: string;
};

/** Exit codes: 0 done, 1 the file could not be used, 2 the command line itself is wrong. */
export const EXIT = { ok: 0, fileProblem: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
