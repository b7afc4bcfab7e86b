import Papa from 'papaparse';
import type { Language } from '../model/language';
import type { GoalBoard, Kpi, PeriodKey } from '../model/teamBoards';
import { readPeriod } from './periods';
import { readCell } from './values';

/**
 * Values that arrive in bulk: a block pasted from Excel (tab-separated on the clipboard) or a CSV
 * file. Both are read with Papa Parse (quoted cells, line breaks inside quotes, the delimiter of a
 * CSV guessed from the file). Nothing is dropped silently: a block of the wrong shape is refused
 * with the shape that fits, and every row or column that cannot be used is listed.
 */

/** The rows and cells of a tab-separated clipboard block, without the empty line Excel ends with. */
export function readPastedBlock(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n').replace(/\n$/, ''), { delimiter: '\t', skipEmptyLines: false });
  return parsed.data.map((row) => row.map((cell) => cell ?? ''));
}

export interface CellWrite {
  kpiId: string;
  period: PeriodKey;
  text: string;
}

export type BlockPlacement =
  | { ok: true; writes: CellWrite[] }
  | { ok: false; problem: 'ragged'; rowLengths: number[] }
  | { ok: false; problem: 'tooLarge'; got: { rows: number; columns: number }; room: { rows: number; columns: number } };

/**
 * Where a pasted block goes in the value grid (rows are KPIs, columns periods), starting at the
 * cell the user pasted into. Every row must have the same number of cells, and the block must fit
 * in the rows and periods from there; otherwise nothing is written and the problem says why.
 */
export function placeBlock(block: readonly (readonly string[])[], rows: readonly string[], periods: readonly PeriodKey[], at: { row: number; column: number }): BlockPlacement {
  const lengths = block.map((r) => r.length);
  if (new Set(lengths).size > 1) return { ok: false, problem: 'ragged', rowLengths: lengths };
  const room = { rows: rows.length - at.row, columns: periods.length - at.column };
  const got = { rows: block.length, columns: lengths[0] ?? 0 };
  if (got.rows > room.rows || got.columns > room.columns) return { ok: false, problem: 'tooLarge', got, room };
  const writes: CellWrite[] = [];
  block.forEach((cells, r) => cells.forEach((text, c) => writes.push({ kpiId: rows[at.row + r]!, period: periods[at.column + c]!, text })));
  return { ok: true, writes };
}

export type ImportProblem =
  | { kind: 'unknownKpi'; name: string; where: string }
  | { kind: 'badPeriod'; text: string; row: number }
  | { kind: 'repeated'; kpi: string; period: PeriodKey; row: number }
  | { kind: 'noHeader' }
  | { kind: 'empty' };

export interface ValueImport {
  writes: CellWrite[];
  /** Cells that hold text instead of a number: imported as text, marked, not counted. */
  textCells: number;
  problems: ImportProblem[];
  /** "long" has one row per KPI and period; "wide" has periods down and KPIs across. */
  layout: 'long' | 'wide' | null;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const KPI_HEADS = ['kpi', 'nyckeltal', 'nøkkeltall', 'nokkeltall', 'name', 'namn', 'navn', 'indicator'];
const PERIOD_HEADS = ['period', 'periode', 'week', 'vecka', 'uke', 'month', 'månad', 'måned', 'date', 'datum', 'dato', 'dag', 'day'];
const VALUE_HEADS = ['value', 'värde', 'verdi', 'utfall', 'result', 'resultat'];

function findKpi(kpis: readonly Kpi[], name: string): Kpi | undefined {
  const wanted = norm(name);
  return kpis.find((k) => norm(k.name) === wanted) ?? kpis.find((k) => k.id === name.trim());
}

/**
 * Reads KPI values from CSV text. Two layouts are understood, told apart by the header row:
 * long — columns KPI, period and value (in any order, named in sv, nb or en); wide — the first
 * column holds periods and each further column is a KPI named in the header. KPIs are matched by
 * name (case and spacing ignored). A period is read in the KPI's own period kind.
 */
export function readKpiCsv(text: string, board: Pick<GoalBoard, 'kpis'>, lang: Language): ValueImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', '\t', ',', '|'] });
  const rows = parsed.data.map((row) => row.map((cell) => (cell ?? '').trim()));
  const result: ValueImport = { writes: [], textCells: 0, problems: [], layout: null };
  if (rows.length === 0) return { ...result, problems: [{ kind: 'empty' }] };
  const header = rows[0]!.map(norm);
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const [kpiCol, periodCol, valueCol] = [col(KPI_HEADS), col(PERIOD_HEADS), col(VALUE_HEADS)];
  const writes = new Map<string, CellWrite>();
  const done = (): ValueImport => ({ ...result, writes: [...writes.values()] });
  const write = (kpi: Kpi, periodText: string, valueText: string, row: number) => {
    const period = readPeriod(periodText, kpi.period);
    if (!period) {
      result.problems.push({ kind: 'badPeriod', text: periodText, row });
      return;
    }
    const key = `${kpi.id}|${period}`;
    // The later row wins, and the earlier one is named, so nothing is overwritten unnoticed.
    if (writes.has(key)) result.problems.push({ kind: 'repeated', kpi: kpi.name, period, row });
    if (readCell(valueText, lang).kind === 'text') result.textCells++;
    writes.set(key, { kpiId: kpi.id, period, text: valueText });
  };

  if (kpiCol >= 0 && periodCol >= 0 && valueCol >= 0) {
    result.layout = 'long';
    const unknown = new Set<string>();
    rows.slice(1).forEach((cells, i) => {
      const name = cells[kpiCol] ?? '';
      const kpi = findKpi(board.kpis, name);
      if (!kpi) {
        if (!unknown.has(name)) result.problems.push({ kind: 'unknownKpi', name, where: `row ${i + 2}` });
        unknown.add(name);
        return;
      }
      write(kpi, cells[periodCol] ?? '', cells[valueCol] ?? '', i + 2);
    });
    return done();
  }
  if (rows[0]!.length >= 2) {
    result.layout = 'wide';
    const kpis = rows[0]!.slice(1).map((name, c) => {
      const kpi = findKpi(board.kpis, name);
      if (!kpi) result.problems.push({ kind: 'unknownKpi', name, where: `column ${c + 2}` });
      return kpi;
    });
    if (kpis.every((k) => !k)) return { ...result, layout: null, problems: [{ kind: 'noHeader' }, ...result.problems] };
    rows.slice(1).forEach((cells, i) => {
      kpis.forEach((kpi, c) => {
        const value = cells[c + 1] ?? '';
        if (kpi && value !== '') write(kpi, cells[0] ?? '', value, i + 2);
      });
    });
    return done();
  }
  return { ...result, problems: [{ kind: 'noHeader' }] };
}
