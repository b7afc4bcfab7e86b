import type { IoProblem } from '../../shared/ipc/contract';
import { errorCode } from './durableWrite';

/** Maps a Node file-system error to something we can explain to the user in their language. */
export function ioProblemOf(error: unknown): IoProblem {
  switch (errorCode(error)) {
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
    case 'ETIMEDOUT':
    case 'EIO':
      return 'busy';
    case 'EROFS':
      return 'readOnlyDisk';
    case 'EFBIG':
      return 'tooLarge';
    default:
      return 'unknown';
  }
}

export function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
