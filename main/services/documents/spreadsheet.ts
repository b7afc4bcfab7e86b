import ExcelJS from 'exceljs';
import type { Cell, RecordTable } from '../../../shared/documents/recordTables';

/**
 * The record's tables as an Excel workbook (exceljs): one sheet per table, a bold frozen header row
 * with filters, numbers as numbers and due dates as dates, so the sheet can be sorted and summed.
 */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(FORBIDDEN_IN_SHEET_NAME, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function value(cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  if ('text' in cell) return cell.text;
  if ('number' in cell) return cell.number;
  const [y, m, d] = cell.date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export async function tablesXlsx(tables: readonly RecordTable[], meta: { title: string; creator: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator || 'Verkstad';
  workbook.title = meta.title;
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({ header: column.label, width: column.width }));
    for (const row of table.rows) sheet.addRow(row.map(value));
    sheet.getRow(1).font = { bold: true };
    table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell && 'date' in cell) sheet.getCell(r + 2, c + 1).numFmt = 'yyyy-mm-dd';
        if (cell && 'text' in cell && cell.text.length > 40) sheet.getCell(r + 2, c + 1).alignment = { wrapText: true, vertical: 'top' };
      }),
    );
    if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
