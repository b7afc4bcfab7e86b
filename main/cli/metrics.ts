import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { catalogues } from '../../shared/i18n';
import { cli } from '../../shared/i18n/areas/cli';
import { parseWorkshopText } from '../../shared/model/load';
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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') io.err(fill(strings.fileNotFound, { path }));
    else io.err(fill(strings.cannotRead, { path, detail: error instanceof Error ? error.message : String(error) }));
    return EXIT.fileProblem;
  }
  const loaded = parseWorkshopText(text);
  if (!loaded.ok) {
    io.err(fill(strings.damaged, { path, reason: catalogues[io.lang].errors.load[loaded.problem], detail: loaded.detail }));
    return EXIT.fileProblem;
  }
  const streams = vsmBoardsOf(loaded.document);
  if (json) io.out(JSON.stringify(metricsJson(streams, io.lang)));
  else io.out(streams.length === 0 ? fill(strings.noValueStreams, { path }) : metricsText(streams, io.lang));
  return EXIT.ok;
}
