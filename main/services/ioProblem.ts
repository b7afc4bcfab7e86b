import type { IoProblem } from '../../shared/ipc/contract';
import { errorCode } from './durableWrite';

export type SaveProblem = IoProblem;

/**
 * Maps a Node file-system error (or one of the writer's own: EVERIFY, ECHANGED, ETARGETCHANGED)
 * to something we can explain to the user in their language. Each code says what actually went
 * wrong: a failing disk is not "in use by another program", a folder is not "unknown".
 */
export function ioProblemOf(error: unknown): IoProblem {
  const code = errorCode(error);
  // A rename refused again and again (Windows: EPERM/EACCES while a scanner holds the file) is
  // another program holding the file, not a lack of permission.
  if (typeof error === 'object' && error !== null && 'attempts' in error && typeof error.attempts === 'number' && error.attempts > 1) return 'busy';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'notFound';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'diskFull';
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
      return 'busy';
    case 'EIO':
    case 'ETIMEDOUT':
    case 'EVERIFY':
      return 'ioError';
    case 'EISDIR':
      return 'isFolder';
    case 'EINVAL':
    case 'ENAMETOOLONG':
      return 'invalidName';
    case 'ELOOP':
    case 'ECHANGED':
    case 'ETARGETCHANGED':
      return 'targetChanged';
    case 'ENOTGRANTED':
      return 'notPermitted';
    case 'EROFS':
      return 'readOnlyDisk';
    case 'EFBIG':
      return 'tooLarge';
    default:
      return 'unknown';
  }
}

/**
 * Why a file to read could not be read, the one rule for the app and the command line: a path
 * that is not there is `moved` when Verkstad opened it before (the recent list, a reload) and
 * `noSuchFile` when it never was; a folder is `isFolder`; anything else as `ioProblemOf`.
 */
export function readProblemOf(error: unknown, openedBefore = false): IoProblem {
  const problem = ioProblemOf(error);
  if (problem !== 'notFound') return problem;
  return openedBefore ? 'moved' : 'noSuchFile';
}

export function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
