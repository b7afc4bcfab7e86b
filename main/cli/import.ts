import { access, constants } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { drawioToBoards } from '../../shared/drawio/toBoards';
import { exchange } from '../../shared/i18n/areas/exchange';
import { catalogues, createI18n } from '../../shared/i18n';
import { importNoteText } from '../../shared/drawio/reportText';
import { newWorkshop } from '../../shared/model/defaults';
import { serializeWorkshop } from '../../shared/model/load';
import { fill } from '../../shared/report/html';
import { DrawioError, readDrawioFile } from '../services/drawio/readDrawio';
import { writeFileDurably } from '../services/durableWrite';
import { ioProblemOf } from '../services/ioProblem';
import { EXIT, type CliIo, type ExitCode } from './io';
import { parseCommandArgs } from './args';

const USAGE = 'verkstad import <file.drawio> --out <file.verkstad> [--force]';

/**
 * `verkstad import <file.drawio> --out <file.verkstad>`: a new workshop file with one board per
 * page of the diagram, and the import report on standard output. An existing output is not
 * replaced without --force; a diagram that cannot be read writes nothing.
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const s = catalogues[io.lang].report.cli;
  const x = exchange[io.lang];
  const usage = `${s.usage}: ${USAGE}`;
  const t = createI18n(io.lang).t;
  const parsed = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean' } });
  if (!parsed.ok && parsed.reason === 'unknown') {
    io.err(`${fill(s.unknownOption, { option: parsed.option })}\n${usage}`);
    return EXIT.usage;
  }
  if (parsed.ok && parsed.files.length > 1) {
    io.err(usage);
    return EXIT.usage;
  }
  const input = parsed.ok ? parsed.files[0] : args.find((arg) => !arg.startsWith('-'));
  const output = parsed.ok && typeof parsed.values.out === 'string' ? parsed.values.out : undefined;
  const force = parsed.ok && parsed.values.force === true;
  if (input === undefined || output === undefined) {
    io.err(`${fill(s.missingArgument, { name: input === undefined ? '<file.drawio>' : '--out <file.verkstad>' })}\n${usage}`);
    return EXIT.usage;
  }
  const inPath = resolve(io.cwd, input);
  const outPath = resolve(io.cwd, output.toLowerCase().endsWith('.verkstad') ? output : `${output}.verkstad`);
  const nothing = catalogues[io.lang].report.errors.nothingWritten;
  if (!force && (await access(outPath, constants.F_OK).then(() => true, () => false))) {
    io.err(`${fill(x.cli.exists, { file: outPath })}\n${nothing}`);
    return EXIT.fileProblem;
  }
  let imported;
  try {
    imported = drawioToBoards(await readDrawioFile(inPath), basename(inPath, extname(inPath)));
  } catch (error) {
    const reason = error instanceof DrawioError ? x.drawio.problems[error.problem] : catalogues[io.lang].errors.io[ioProblemOf(error)];
    io.err(`${fill(x.drawio.failed, { file: inPath })}\n  ${reason}\n${nothing}`);
    return EXIT.fileProblem;
  }
  const workshop = newWorkshop();
  workshop.header.title = basename(inPath, extname(inPath));
  workshop.boards = imported.boards;
  try {
    await writeFileDurably(outPath, serializeWorkshop(workshop));
  } catch (error) {
    io.err(`${fill(catalogues[io.lang].report.errors.exportFailed, { name: outPath })}\n  ${catalogues[io.lang].errors.io[ioProblemOf(error)]}\n${nothing}`);
    return EXIT.fileProblem;
  }
  io.out(t('exchange.cli.imported', { file: outPath, count: imported.boards.length }));
  for (const page of imported.report.pages) {
    io.out(`  ${page.name}: ${fill(x.drawio.counts, { shapes: page.shapes, connectors: page.connectors, lanes: page.lanes })}`);
    for (const note of page.notes) io.out(`    ${note.kind === 'mapped' ? '' : '~ '}${importNoteText(t, note)}`);
  }
  return EXIT.ok;
}
