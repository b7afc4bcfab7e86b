import { z } from 'zod';

/**
 * Why reading or writing a file failed, as main tells it to the renderer (which words it in the
 * user's language): `busy` another program holds the file; `ioError` the disk or network drive
 * failed or did not respond (or what was read back was not what was written); `isFolder` the path
 * is a folder; `invalidName` the disk does not accept the name; `targetChanged` the file or its
 * folder was replaced (by a link elsewhere) since the user chose it, so Verkstad will not write there.
 * A file to read that is not there is `noSuchFile` when it never was (a path typed or given on the
 * command line) and `moved` when Verkstad opened it before (the recent list); `notFound` is a
 * folder that vanished under a write.
 */
export const IoProblem = z.enum([
  'notFound',
  'noSuchFile',
  'moved',
  'permission',
  'diskFull',
  'busy',
  'ioError',
  'isFolder',
  'invalidName',
  'targetChanged',
  'readOnlyDisk',
  'tooLarge',
  'notPermitted',
  'newerFile',
  'unknown',
]);
export type IoProblem = z.infer<typeof IoProblem>;
