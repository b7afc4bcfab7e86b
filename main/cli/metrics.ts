import { resolve } from 'node:path';
import { catalogues } from '../../shared/i18n';
import { cli } from '../../shared/i18n/areas/cli';
import { LoadProblem } from '../../shared/model/load';
import { readWorkshopFile } from '../services/workshopFile';
import { vsmBoardsOf } from '../../shared/vsm/boards';
import { metricsJson, metricsText } from '../../shared/vsm/report';
import { fill } from '../../shared/vsm/format';
import { EXIT, type CliIo, type ExitCode } from './io';

/** `verkstad metrics <file.verkstad> [--json]`: the value-stream figures of every VSM board. */
export async function metricsCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const strings = cli[io.lang];
  const json = args.includes('--json');
  const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--json');
  if (unknown !== undefined) {
    io.err(fill(strings.unknownOption, { option: unknown }));
    return EXIT.usage;
  }
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1) {
    io.err(fill(strings.missingArgument, { command: 'metrics', usage: 'verkstad metrics <file.verkstad> [--json]' }));
    return EXIT.usage;
  }
  const path = resolve(io.cwd, files[0]!);
  // Read exactly as the app opens a file (one function for both).
  const read = await readWorkshopFile(path);
  if (!read.ok) {
    const loadProblem = LoadProblem.safeParse(read.problem);
    if (read.problem === 'notFound') io.err(fill(strings.fileNotFound, { path }));
    else if (!loadProblem.success) io.err(fill(strings.cannotRead, { path, detail: read.detail }));
    else io.err(fill(strings.damaged, { path, reason: catalogues[io.lang].errors.load[loadProblem.data], detail: read.detail }));
    return EXIT.fileProblem;
  }
  const streams = vsmBoardsOf(read.result.document);
  if (json) io.out(JSON.stringify(metricsJson(streams, io.lang)));
  else io.out(streams.length === 0 ? fill(strings.noValueStreams, { path }) : metricsText(streams, io.lang));
  return EXIT.ok;
}
