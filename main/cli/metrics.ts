import { cli } from '../../shared/i18n/areas/cli';
import { readWorkshopInput } from './workshopInput';
import { parseCommandArgs } from './args';
import { vsmBoardsOf } from '../../shared/vsm/boards';
import { metricsJson, metricsText } from '../../shared/vsm/report';
import { fill } from '../../shared/vsm/format';
import { EXIT, type CliIo, type ExitCode } from './io';

/** `verkstad metrics <file.verkstad> [--json]`: the value-stream figures of every VSM board. */
export async function metricsCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const strings = cli[io.lang];
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (!parsed.ok) {
    io.err(fill(strings.unknownOption, { option: parsed.option }));
    return EXIT.usage;
  }
  const { files } = parsed;
  const json = parsed.values.json === true;
  if (files.length !== 1) {
    io.err(fill(strings.missingArgument, { command: 'metrics', usage: 'verkstad metrics <file.verkstad> [--json]' }));
    return EXIT.usage;
  }
  // Read exactly as the app opens a file, and a file that cannot be used said as every command says it.
  const input = await readWorkshopInput(files[0]!, io);
  if (!input.ok) {
    io.err(input.lines.join('\n'));
    return EXIT.fileProblem;
  }
  const { path } = input;
  const streams = vsmBoardsOf(input.result.document);
  if (json) io.out(JSON.stringify(metricsJson(streams, io.lang)));
  else io.out(streams.length === 0 ? fill(strings.noValueStreams, { path }) : metricsText(streams, io.lang));
  return EXIT.ok;
}
