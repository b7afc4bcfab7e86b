import { resolve } from 'node:path';
import { catalogues } from '../../shared/i18n';
import { fill } from '../../shared/report/html';
import { Paper } from '../../shared/report/options';
import { localDate } from '../../shared/record/overdue';
import { ioProblemOf } from '../services/ioProblem';
import { PrintError, type Printer } from '../services/printer';
import { exportPdf } from '../services/reportExport';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readWorkshopInput } from './workshopInput';

const USAGE = 'verkstad export <file.verkstad> --pdf <out.pdf> [--paper A4|A3|Letter] [--agenda] [--tz <time zone>] [--lang sv|nb|en]';

/**
 * `verkstad export <file.verkstad> --pdf <out.pdf>`: the workshop report (or, with --agenda, the
 * agenda handout) as a PDF, printed by Chromium. A file that is not a valid workshop, or an output
 * that cannot be written, gives a message and a non-zero exit, and no PDF.
 */
export async function exportCommand(args: readonly string[], io: CliIo, makePrinter: () => Printer): Promise<ExitCode> {
  const strings = catalogues[io.lang];
  const s = strings.report.cli;
  const usage = `${s.usage}: ${USAGE}`;
  let input: string | undefined;
  let output: string | undefined;
  let paper: Paper = 'A4';
  let agenda = false;
  // The run log holds instants; they are shown as clock times where the workshop was held.
  let timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--pdf') output = args[++i];
    else if (arg === '--paper') {
      const value = args[++i] ?? '';
      const parsed = Paper.safeParse(value);
      if (!parsed.success) {
        io.err(`${fill(s.badOption, { value, option: '--paper', allowed: Paper.options.join(', ') })}\n${usage}`);
        return EXIT.usage;
      }
      paper = parsed.data;
    } else if (arg === '--tz') {
      const value = args[++i] ?? '';
      if (!isTimeZone(value)) {
        io.err(`${fill(s.badOption, { value, option: '--tz', allowed: 'Europe/Stockholm, Europe/Oslo, UTC, …' })}\n${usage}`);
        return EXIT.usage;
      }
      timeZone = value;
    } else if (arg === '--agenda') agenda = true;
    else if (arg.startsWith('--')) {
      io.err(`${fill(s.unknownOption, { option: arg })}\n${usage}`);
      return EXIT.usage;
    } else if (input === undefined) input = arg;
    else {
      io.err(usage);
      return EXIT.usage;
    }
  }
  if (input === undefined || output === undefined || output.startsWith('--')) {
    io.err(`${fill(s.missingArgument, { name: input === undefined ? '<file.verkstad>' : '--pdf <out.pdf>' })}\n${usage}`);
    return EXIT.usage;
  }

  const read = await readWorkshopInput(input, io);
  if (!read.ok) {
    io.err(`${read.lines.join('\n')}\n${strings.report.errors.nothingWritten}`);
    return EXIT.fileProblem;
  }
  const doc = read.result.document;
  const outPath = resolve(io.cwd, output);
  // The report speaks the workshop's language unless --lang asks for another.
  const language = io.langGiven ? io.lang : (doc.header.language ?? io.lang);
  const printer = makePrinter();
  try {
    const result = await exportPdf({
      doc,
      kind: agenda ? 'agenda' : 'report',
      options: { paper, language, today: localDate(new Date(), timeZone), timeZone },
      path: outPath,
      printer,
    });
    io.out(fill(s.exported, { file: outPath, pages: result.pages, ms: result.ms }));
    const browser = printer.usedBrowser?.();
    if (browser) io.out(fill(s.printedBy, { browser }));
    return EXIT.ok;
  } catch (error) {
    const e = strings.report.errors;
    const reason =
      error instanceof PrintError
        ? error.code === 'timeout'
          ? fill(e.timeout, { seconds: Math.round((error.timeoutMs ?? 0) / 1000) })
          : `${e.printerFailed} (${error.message.split('\n')[0]})`
        : strings.errors.io[ioProblemOf(error)];
    io.err(`${fill(e.exportFailed, { name: outPath })}\n  ${reason}\n${e.nothingWritten}`);
    return EXIT.fileProblem;
  } finally {
    await printer.close();
  }
}

function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
