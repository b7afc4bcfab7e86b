import { resolve } from 'node:path';
import { pluralOf } from '../../shared/i18n/format';
import { csvDialect, tableCsv } from '../../shared/documents/csv';
import { recordTables, type RecordTableId } from '../../shared/documents/recordTables';
import { exchange } from '../../shared/i18n/areas/exchange';
import { catalogues } from '../../shared/i18n';
import type { Language, Workshop } from '../../shared/model/workshop';
import { fill } from '../../shared/report/html';
import { Paper } from '../../shared/report/options';
import { localDate } from '../../shared/record/overdue';
import { exportMinutes } from '../services/documents/minutesExport';
import { tablesXlsx } from '../services/documents/spreadsheet';
import { readWordTemplate } from '../services/documents/wordTemplate';
import { writeFileDurably } from '../services/durableWrite';
import type { Printer } from '../services/printer';
import { exportPdf } from '../services/reportExport';
import { exportFailureReason, OutputProblem } from './exportFailure';
import { boardsToDrawio } from '../../shared/drawio/fromBoard';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readWorkshopInput } from './workshopInput';
import { parseCommandArgs, type OptionSpec } from './args';

const USAGE =
  'verkstad export <file.verkstad> [--pdf <out.pdf>] [--docx <out.docx>] [--xlsx <out.xlsx>] [--actions-csv|--attendance-csv|--polls-csv|--dot-votes-csv <out.csv>] [--drawio <out.drawio> [--board <name|number>]] [--paper A4|A3|Letter] [--agenda] [--template <org.dotx>] [--tz <time zone>] [--lang sv|nb|en]';

/** The files `export` can write, each named by its option. */
type Output = { kind: 'pdf' } | { kind: 'docx' } | { kind: 'xlsx' } | { kind: 'drawio' } | { kind: 'csv'; table: RecordTableId };
const OUTPUTS: Record<string, Output> = {
  '--pdf': { kind: 'pdf' },
  '--docx': { kind: 'docx' },
  '--xlsx': { kind: 'xlsx' },
  '--drawio': { kind: 'drawio' },
  '--actions-csv': { kind: 'csv', table: 'actions' },
  '--attendance-csv': { kind: 'csv', table: 'attendance' },
  '--polls-csv': { kind: 'csv', table: 'polls' },
  '--dot-votes-csv': { kind: 'csv', table: 'dotVotes' },
};

/** The options of `export`, read by node:util parseArgs. */
const EXPORT_OPTIONS: OptionSpec = {
  ...Object.fromEntries(Object.keys(OUTPUTS).map((option) => [option.slice(2), { type: 'string' as const }])),
  paper: { type: 'string' },
  tz: { type: 'string' },
  template: { type: 'string' },
  board: { type: 'string' },
  agenda: { type: 'boolean' },
};
const TZ_EXAMPLES = 'Europe/Stockholm, Europe/Oslo, UTC, …';

interface Settings {
  paper: Paper;
  agenda: boolean;
  timeZone: string;
  template: string | null;
  /** For --drawio: one board by name or number (1 = the first); all boards when not given. */
  board: string | null;
}

/**
 * `verkstad export <file.verkstad> --pdf <out.pdf> --docx <out.docx> …`: the record in the formats
 * people circulate — the PDF report (or, with --agenda, the agenda handout), the Word minutes, the
 * actions, attendance and polls as CSV or one Excel workbook. Each file is written through a
 * temporary file and a rename; one that cannot be made is named with the reason, and exit is 1.
 */
export async function exportCommand(args: readonly string[], io: CliIo, makePrinter: () => Printer): Promise<ExitCode> {
  const strings = catalogues[io.lang];
  const s = strings.report.cli;
  const usage = `${s.usage}: ${USAGE}`;
  const outputs: { output: Output; path: string }[] = [];
  const settings: Settings = { paper: 'A4', agenda: false, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, template: null, board: null };
  const parsed = parseCommandArgs(args, EXPORT_OPTIONS);
  if (!parsed.ok) {
    const option = parsed.option;
    const name = OUTPUTS[option] ? `${option} <file>` : option === '--template' ? '--template <file.docx|file.dotx>' : option === '--board' ? '--board <name|number>' : null;
    if (parsed.reason === 'missingValue' && name !== null) io.err(`${fill(s.missingArgument, { name })}\n${usage}`);
    else if (parsed.reason === 'missingValue' && option === '--paper') io.err(`${fill(s.badOption, { value: '', option, allowed: Paper.options.join(', ') })}\n${usage}`);
    else if (parsed.reason === 'missingValue' && option === '--tz') io.err(`${fill(s.badOption, { value: '', option, allowed: TZ_EXAMPLES })}\n${usage}`);
    else io.err(`${fill(s.unknownOption, { option })}\n${usage}`);
    return EXIT.usage;
  }
  if (parsed.files.length > 1) {
    io.err(usage);
    return EXIT.usage;
  }
  const input = parsed.files[0];
  for (const { name, value = '' } of parsed.given) {
    const output = OUTPUTS[`--${name}`];
    if (output) outputs.push({ output, path: value });
    else if (name === 'paper') {
      const paper = Paper.safeParse(value);
      if (!paper.success) {
        io.err(`${fill(s.badOption, { value, option: '--paper', allowed: Paper.options.join(', ') })}\n${usage}`);
        return EXIT.usage;
      }
      settings.paper = paper.data;
    } else if (name === 'tz') {
      if (!isTimeZone(value)) {
        io.err(`${fill(s.badOption, { value, option: '--tz', allowed: TZ_EXAMPLES })}\n${usage}`);
        return EXIT.usage;
      }
      settings.timeZone = value;
    } else if (name === 'template') settings.template = resolve(io.cwd, value);
    else if (name === 'board') settings.board = value;
    else if (name === 'agenda') settings.agenda = true;
  }
  if (input === undefined || outputs.length === 0) {
    io.err(`${fill(s.missingArgument, { name: input === undefined ? '<file.verkstad>' : '--pdf <out.pdf> / --docx <out.docx> / --xlsx <out.xlsx> / --actions-csv <out.csv>' })}\n${usage}`);
    return EXIT.usage;
  }

  const read = await readWorkshopInput(input, io);
  if (!read.ok) {
    io.err(`${read.lines.join('\n')}\n${strings.report.errors.nothingWritten}`);
    return EXIT.fileProblem;
  }
  const doc = read.result.document;
  // The record speaks the workshop's language unless --lang asks for another.
  const language = io.langGiven ? io.lang : (doc.header.language ?? io.lang);
  let printer: Printer | null = null;
  const printerOnce = () => (printer ??= makePrinter());
  let code: ExitCode = EXIT.ok;
  try {
    for (const { output, path } of outputs) {
      const outPath = resolve(io.cwd, path);
      try {
        const line = await writeOutput(output, outPath, doc, language, io.lang, settings, printerOnce);
        io.out(line);
      } catch (error) {
        io.err(`${fill(strings.report.errors.exportFailed, { name: outPath })}\n  ${exportFailureReason(error, io.lang)}\n${strings.report.errors.nothingWritten}`);
        code = EXIT.fileProblem;
      }
    }
  } finally {
    await (printer as Printer | null)?.close();
  }
  return code;
}

async function writeOutput(output: Output, path: string, doc: Workshop, language: Language, say: Language, settings: Settings, printer: () => Printer): Promise<string> {
  // The files speak the record's language; the lines on the terminal speak the user's (like the failures).
  const started = performance.now();
  const today = localDate(new Date(), settings.timeZone);
  // The moment of the export: an item still running is 'running · 2 min' in the record, as on screen.
  const options = { paper: settings.paper, language, today, now: new Date().toISOString(), timeZone: settings.timeZone };
  const wrote = (file: string) => fill(exchange[say].cli.wrote, { file, ms: Math.round(performance.now() - started) });
  switch (output.kind) {
    case 'pdf': {
      const result = await exportPdf({ doc, kind: settings.agenda ? 'agenda' : 'report', options, path, printer: printer() });
      const exported = fill(pluralOf(catalogues[say].report.cli, 'exported', result.pages, say), { file: path, count: result.pages, ms: result.ms });
      const browser = printer().usedBrowser?.();
      return browser ? `${exported}\n${fill(catalogues[say].report.cli.printedBy, { browser })}` : exported;
    }
    case 'docx': {
      const template = settings.template ? await readWordTemplate(settings.template) : null;
      await exportMinutes({ doc, options, path, printer: printer(), template });
      return wrote(path);
    }
    case 'xlsx': {
      const tables = recordTables(doc, options);
      await writeFileDurably(path, await tablesXlsx(tables, { title: doc.header.title, creator: doc.header.facilitator }));
      return wrote(path);
    }
    case 'drawio': {
      await writeFileDurably(path, boardsToDrawio(chosenBoards(doc, settings.board, language)));
      return wrote(path);
    }
    case 'csv': {
      const [table] = recordTables(doc, options, [output.table]);
      await writeFileDurably(path, tableCsv(table!, csvDialect(language)));
      return wrote(path);
    }
  }
}

/** The boards --board names (by name, or by number from 1), or all of them. */
function chosenBoards(doc: Workshop, board: string | null, language: Language): Workshop['boards'] {
  const byNumber = board !== null && /^\d+$/.test(board) ? doc.boards[Number(board) - 1] : undefined;
  const chosen = board === null ? doc.boards : [byNumber ?? doc.boards.find((b) => b.name.trim() === board.trim())].filter((b) => b !== undefined);
  if (chosen.length === 0) throw new OutputProblem(fill(exchange[language].cli.noBoard, { board: board ?? '', boards: doc.boards.map((b, i) => `${i + 1} “${b.name}”`).join(', ') || '–' }));
  return chosen;
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
