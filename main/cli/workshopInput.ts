import { resolve } from 'node:path';
import { catalogues } from '../../shared/i18n';
import { fill } from '../../shared/report/html';
import { fileProblemText } from '../../shared/i18n/fileProblem';
import { LoadProblem, type LoadResult } from '../../shared/model/load';
import { readWorkshopFile } from '../services/workshopFile';
import type { CliIo } from './io';

const isLoadProblem = (problem: string): problem is LoadProblem => LoadProblem.safeParse(problem).success;

export type WorkshopInput = { ok: true; path: string; result: Extract<LoadResult, { ok: true }> } | { ok: false; path: string; lines: string[] };

/**
 * Reads and checks a workshop file named on the command line with the very function the app
 * opens files with (readWorkshopFile: the same decoding, byte-order mark and all, the same
 * checks); when it cannot be used, says why in the user's language, with every problem of a
 * damaged file.
 */
export async function readWorkshopInput(file: string, io: CliIo): Promise<WorkshopInput> {
  const strings = catalogues[io.lang];
  const path = resolve(io.cwd, file);
  const read = await readWorkshopFile(path, { allIssues: true });
  if (read.ok) return { ok: true, path, result: read.result };
  // A damaged file "is not a valid workshop file"; one that cannot be read is said as the app says it.
  const heading = isLoadProblem(read.problem) ? fill(strings.report.cli.invalid, { file: path }) : `${fill(strings.errors.openFailed, { name: path })}:`;
  const lines = [heading, `  ${fileProblemText(io.lang, read.problem)}`];
  if (read.allIssues && read.allIssues.length > 0) lines.push(...read.allIssues.map((issue) => `  - ${issue}`));
  else lines.push(`  - ${read.detail}`);
  return { ok: false, path, lines };
}
