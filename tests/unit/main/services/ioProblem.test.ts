import { describe, expect, it } from 'vitest';
import { detailOf, ioProblemOf } from '../../../../main/services/ioProblem';

const fsError = (code: string) => Object.assign(new Error(code), { code });

describe('explaining file-system errors to the user', () => {
  it.each([
    ['ENOENT', 'notFound'],
    ['ENOTDIR', 'notFound'],
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['ENOSPC', 'diskFull'],
    ['EDQUOT', 'diskFull'],
    ['EBUSY', 'busy'],
    ['ETXTBSY', 'busy'],
    // A failing disk or a network drive that stopped answering is not "in use by another program".
    ['ETIMEDOUT', 'ioError'],
    ['EIO', 'ioError'],
    ['EVERIFY', 'ioError'],
    ['EISDIR', 'isFolder'],
    ['EINVAL', 'invalidName'],
    ['ENAMETOOLONG', 'invalidName'],
    ['ELOOP', 'targetChanged'],
    ['ECHANGED', 'targetChanged'],
    ['ETARGETCHANGED', 'targetChanged'],
    ['ENOTGRANTED', 'notPermitted'],
    ['EROFS', 'readOnlyDisk'],
    ['EFBIG', 'tooLarge'],
    ['EWHATEVER', 'unknown'],
  ])('%s is explained as %s', (code, problem) => {
    expect(ioProblemOf(fsError(code))).toBe(problem);
  });

  it('a rename refused again and again (EPERM on Windows while a scanner holds the file) is busy, not permission', () => {
    expect(ioProblemOf(Object.assign(fsError('EPERM'), { attempts: 12 }))).toBe('busy');
    expect(ioProblemOf(Object.assign(fsError('EPERM'), { attempts: 1 }))).toBe('permission');
  });

  it('an error without a code, or something that is not an error, is unknown', () => {
    expect(ioProblemOf(new Error('x'))).toBe('unknown');
    expect(ioProblemOf('x')).toBe('unknown');
    expect(ioProblemOf(null)).toBe('unknown');
  });

  it('the technical detail is the error message', () => {
    expect(detailOf(new Error('disk on fire'))).toBe('disk on fire');
    expect(detailOf('plain text')).toBe('plain text');
  });
});
