import { describe, expect, it } from 'vitest';
import { placeBlock, readKpiCsv, readPastedBlock } from '../../../../shared/kpi/importValues';
import { entryFromCell, readCell, withEntry } from '../../../../shared/kpi/values';
import { weeklyKpi } from './builders';

describe('typing a value into a KPI cell', () => {
  it('reads the decimal comma in Swedish and Norwegian, the point in English, minus signs and a trailing %', () => {
    expect(readCell('93,5', 'sv')).toEqual({ kind: 'number', value: 93.5 });
    expect(readCell('1 250,5', 'nb')).toEqual({ kind: 'number', value: 1250.5 });
    expect(readCell('93.5', 'en')).toEqual({ kind: 'number', value: 93.5 });
    expect(readCell('−40,8', 'sv')).toEqual({ kind: 'number', value: -40.8 });
    expect(readCell('87 %', 'sv')).toEqual({ kind: 'number', value: 87 });
  });

  it('keeps anything else as text, never as a number it might have meant', () => {
    expect(readCell('saknas', 'sv')).toEqual({ kind: 'text', text: 'saknas' });
    expect(readCell('1.500', 'sv')).toEqual({ kind: 'text', text: '1.500' });
    expect(readCell('  ', 'sv')).toEqual({ kind: 'empty' });
  });

  it('an emptied cell keeps its comment; without one the entry goes', () => {
    expect(entryFromCell('2026-W11', '', 'sv', { period: '2026-W11', value: 3, text: '', comment: 'Semester' })).toEqual({ period: '2026-W11', value: null, text: '', comment: 'Semester' });
    expect(entryFromCell('2026-W11', '', 'sv', { period: '2026-W11', value: 3, text: '', comment: '' })).toBeNull();
  });

  it('puts entries in period order, one per period', () => {
    const kpi = weeklyKpi([1, null, 3]);
    const added = withEntry(kpi.entries, '2026-W10', { period: '2026-W10', value: 2, text: '', comment: '' });
    expect(added.map((e) => e.value)).toEqual([1, 2, 3]);
    const replaced = withEntry(added, '2026-W10', { period: '2026-W10', value: 5, text: '', comment: '' });
    expect(replaced.map((e) => e.value)).toEqual([1, 5, 3]);
    expect(withEntry(replaced, '2026-W10', null).map((e) => e.value)).toEqual([1, 3]);
  });
});

describe('a block pasted from Excel', () => {
  const rows = ['k1', 'k2', 'k3'];
  const periods = ['2026-W09', '2026-W10', '2026-W11'];

  it('fills from the cell it was pasted into, KPIs down and periods across', () => {
    const block = readPastedBlock('91,5\t92\r\n88\t"87,5"\r\n');
    const placed = placeBlock(block, rows, periods, { row: 1, column: 1 });
    expect(placed).toEqual({
      ok: true,
      writes: [
        { kpiId: 'k2', period: '2026-W10', text: '91,5' },
        { kpiId: 'k2', period: '2026-W11', text: '92' },
        { kpiId: 'k3', period: '2026-W10', text: '88' },
        { kpiId: 'k3', period: '2026-W11', text: '87,5' },
      ],
    });
  });

  it('a block of the wrong shape is refused with the shape that fits', () => {
    expect(placeBlock(readPastedBlock('1\t2\t3\n4\t5\t6'), rows, periods, { row: 2, column: 1 })).toEqual({ ok: false, problem: 'tooLarge', got: { rows: 2, columns: 3 }, room: { rows: 1, columns: 2 } });
    expect(placeBlock(readPastedBlock('1\t2\n3'), rows, periods, { row: 0, column: 0 })).toEqual({ ok: false, problem: 'ragged', rowLengths: [2, 1] });
  });
});

describe('KPI values from a CSV file', () => {
  const board = { kpis: [weeklyKpi([], { id: 'a', name: 'Kompletta ansökningar' }), weeklyKpi([], { id: 'b', name: 'Ledtid bygglov' })] };

  it('reads one row per KPI and period, with semicolons and decimal commas as Swedish Excel writes them', () => {
    const csv = '\uFEFFNyckeltal;Vecka;Värde\nKompletta ansökningar;2026-W10;91,5\nledtid  BYGGLOV;v11 2026;29\nKompletta ansökningar;2026-W11;saknas\n';
    const result = readKpiCsv(csv, board, 'sv');
    expect(result.layout).toBe('long');
    expect(result.writes).toEqual([
      { kpiId: 'a', period: '2026-W10', text: '91,5' },
      { kpiId: 'b', period: '2026-W11', text: '29' },
      { kpiId: 'a', period: '2026-W11', text: 'saknas' },
    ]);
    expect(result.textCells).toBe(1);
    expect(result.problems).toEqual([]);
  });

  it('reads periods down and KPIs across, and lists what it could not use', () => {
    const csv = 'Week,Kompletta ansökningar,Okänt nyckeltal\n2026-W10,"91,5",3\nnot a week,90,4\n';
    const result = readKpiCsv(csv, board, 'sv');
    expect(result.layout).toBe('wide');
    expect(result.writes).toEqual([{ kpiId: 'a', period: '2026-W10', text: '91,5' }]);
    expect(result.problems).toEqual([
      { kind: 'unknownKpi', name: 'Okänt nyckeltal', where: 'column 3' },
      { kind: 'badPeriod', text: 'not a week', row: 3 },
    ]);
  });

  it('names a period given twice (the later row is used)', () => {
    const result = readKpiCsv('kpi;period;value\na;2026-W10;1\na;2026-W10;2\n', board, 'sv');
    expect(result.writes).toEqual([{ kpiId: 'a', period: '2026-W10', text: '2' }]);
    expect(result.problems).toEqual([{ kind: 'repeated', kpi: 'Kompletta ansökningar', period: '2026-W10', row: 3 }]);
  });

  it('a file without a usable header says so', () => {
    expect(readKpiCsv('hello\n', board, 'sv').problems).toEqual([{ kind: 'noHeader' }]);
    expect(readKpiCsv('', board, 'sv').problems).toEqual([{ kind: 'empty' }]);
  });
});
