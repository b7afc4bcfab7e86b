import Papa from 'papaparse';
import { localeTag } from '../i18n/format';
import type { Language } from '../model/workshop';
import type { Cell, RecordTable } from './recordTables';

/**
 * A record table as CSV that Excel opens right in the user's locale: UTF-8 with a byte-order mark
 * (so å, ä, ö and ø survive), the list separator Excel expects where the decimal separator is a
 * comma (a semicolon in Sweden and Norway), numbers with that decimal separator, dates as
 * YYYY-MM-DD, CRLF line ends; quoting by Papa Parse, and cells that a spreadsheet would run as a
 * formula (=, +, -, @) escaped.
 */
export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: ',' | '.';
}

export function csvDialect(lang: Language): CsvDialect {
  const decimal = new Intl.NumberFormat(localeTag[lang]).format(1.5).includes(',') ? ',' : '.';
  return { delimiter: decimal === ',' ? ';' : ',', decimal };
}

function cellText(cell: Cell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if ('text' in cell) return cell.text;
  if ('date' in cell) return cell.date;
  const plain = String(cell.number);
  return dialect.decimal === ',' ? plain.replace('.', ',') : plain;
}

export function tableCsv(table: RecordTable, dialect: CsvDialect): string {
  const rows = [table.columns.map((c) => c.label), ...table.rows.map((row) => row.map((cell) => cellText(cell, dialect)))];
  return `\uFEFF${Papa.unparse(rows, { delimiter: dialect.delimiter, newline: '\r\n', escapeFormulae: true })}\r\n`;
}
