import { describe, expect, it } from 'vitest';
import { csvDialect, tableCsv } from '../../../../shared/documents/csv';
import { recordTables } from '../../../../shared/documents/recordTables';
import { reportWorkshop } from '../../helpers/reportWorkshop';

const today = '2026-04-20';

describe('the record as tables', () => {
  it('lists every action with its due date as a date, its status and origin in the report’s words', () => {
    const [actions] = recordTables(reportWorkshop(), { language: 'sv', today }, ['actions']);
    expect(actions!.columns.map((c) => c.label)).toEqual(['#', 'Åtgärd', 'Ansvarig', 'Klart senast', 'Status', 'Försenad', 'Ursprung', 'Överförd']);
    expect(actions!.rows[0]).toEqual([{ number: 1 }, { text: 'Ta fram checklista för kompletta ansökningar' }, { text: 'Anders Berg' }, { date: '2026-04-30' }, { text: 'Pågår' }, null, { text: 'Dagordningspunkt: Incheckning och syfte' }, { text: 'Ja' }]);
    // Due on the 10th, not done, on the 20th: overdue.
    expect(actions!.rows[2]![5]).toEqual({ text: 'Ja' });
  });

  it('attendance carries the e-mail address and minutes late as a number', () => {
    const [attendance] = recordTables(reportWorkshop(), { language: 'en', today }, ['attendance']);
    const fatima = attendance!.rows.find((row) => row[0] && 'text' in row[0] && row[0].text === 'Fatima Said')!;
    expect(fatima[3]).toEqual({ text: 'Present' });
    expect(fatima[5]).toEqual({ number: 7 });
    expect(attendance!.rows[0]![2]).toEqual({ text: 'anders.berg@kommun.example' });
  });

  it('polls: one row per poll, a column per scale value, the mean rounded to hundredths', () => {
    const [polls] = recordTables(reportWorkshop(), { language: 'en', today }, ['polls']);
    expect(polls!.columns.map((c) => c.label)).toEqual(['Question', 'Agenda item', 'Answers', 'Mean', '1', '2', '3', '4', '5', '6']);
    expect(polls!.rows[0]!.slice(2)).toEqual([{ number: 3 }, { number: 4.67 }, { number: 0 }, { number: 0 }, { number: 1 }, { number: 0 }, { number: 1 }, { number: 1 }]);
  });
});

describe('CSV for Excel', () => {
  const [actions] = recordTables(reportWorkshop(), { language: 'sv', today }, ['actions']);

  it('starts with a byte-order mark and separates with a semicolon where the decimal separator is a comma', () => {
    expect(csvDialect('sv')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvDialect('nb')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvDialect('en')).toEqual({ delimiter: ',', decimal: '.' });
    const csv = tableCsv(actions!, csvDialect('sv'));
    expect(csv.startsWith('\uFEFF#;Åtgärd;Ansvarig;')).toBe(true);
    expect(csv).toContain('\r\n1;Ta fram checklista för kompletta ansökningar;Anders Berg;2026-04-30;Pågår;;');
  });

  it('writes decimals with the locale’s separator and quotes what needs quoting', () => {
    const table = { id: 'polls' as const, title: 'x', columns: [{ label: 'a', width: 1 }, { label: 'b', width: 1 }], rows: [[{ number: 4.5 }, { text: 'semi;colon "quoted"' }]] };
    expect(tableCsv(table, csvDialect('sv'))).toBe('\uFEFFa;b\r\n4,5;"semi;colon ""quoted"""\r\n');
    expect(tableCsv(table, csvDialect('en'))).toBe('\uFEFFa,b\r\n4.5,"semi;colon ""quoted"""\r\n');
  });

  it('never lets a cell run as a formula when the file is opened in a spreadsheet', () => {
    const table = { id: 'actions' as const, title: 'x', columns: [{ label: 'a', width: 1 }], rows: [[{ text: '=HYPERLINK("http://x")' }], [{ text: '@SUM(A1)' }]] };
    const csv = tableCsv(table, csvDialect('en'));
    expect(csv).not.toMatch(/\r\n"?=/);
    expect(csv).not.toMatch(/\r\n"?@/);
  });
});
