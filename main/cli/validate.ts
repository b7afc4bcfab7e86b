import { fill } from '../../shared/report/html';
import { catalogues } from '../../shared/i18n';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readWorkshopInput } from './workshopInput';
import { parseCommandArgs } from './args';
import { boardWords } from '../../shared/kpi/words';
import { wrongDataBoxValues } from '../../shared/vsm/wrongValues';

/** `verkstad validate <file.verkstad>`: says whether a file is a workshop this version can use, and what is wrong with it if not. */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const s = catalogues[io.lang].report.cli;
  const parsed = parseCommandArgs(args, {});
  if (!parsed.ok) {
    io.err(fill(s.unknownOption, { option: parsed.option }));
    return EXIT.usage;
  }
  const { files } = parsed;
  if (files.length !== 1) {
    io.err(`${fill(s.missingArgument, { name: '<file.verkstad>' })}\n${s.usage}: verkstad validate <file.verkstad>`);
    return EXIT.usage;
  }
  const input = await readWorkshopInput(files[0]!, io);
  if (!input.ok) {
    io.err(input.lines.join('\n'));
    return EXIT.fileProblem;
  }
  if (input.result.readOnly) {
    // It can be read, but not checked against a format this version does not know.
    io.err([fill(s.invalid, { file: input.path }), `  ${catalogues[io.lang].errors.load.newerVersion}`].join('\n'));
    return EXIT.fileProblem;
  }
  io.out(fill(s.valid, { file: input.path, version: input.result.document.formatVersion }));
  // The file is sound, but values typed where a number was expected are still worth saying: they
  // are kept as typed and left out of the figures (warnings; the exit code stays 0).
  const wrong = wrongDataBoxValues(input.result.document, io.lang);
  if (wrong.length > 0) {
    const c = catalogues[io.lang].cli;
    io.out([boardWords(io.lang).t('cli.wrongValues', { count: wrong.length }), ...wrong.map((w) => fill(c.wrongValue, { board: w.board, shape: w.shape, field: w.field, problem: w.problem }))].join('\n'));
  }
  return EXIT.ok;
}
