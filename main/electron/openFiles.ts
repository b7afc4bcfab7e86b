import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FILE_EXTENSION } from '../services';

/**
 * The workshop files named on a command line (a double-click in Explorer or a file manager, or
 * `verkstad plan.verkstad`): existing files ending in .verkstad. The executable, the app path in
 * development (`electron .`) and Chromium's flags never qualify.
 */
export function workshopPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(FILE_EXTENSION)) continue;
    const path = resolve(workingDirectory, arg);
    if (isFile(path) && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
