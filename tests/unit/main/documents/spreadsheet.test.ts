import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tablesXlsx } from '../../../../main/services/documents/spreadsheet';
import { recordTables } from '../../../../shared/documents/recordTables';
import { hasSoffice, SOFFICE_NOTE, sofficeConvert } from '../../helpers/libreOffice';
import { reportWorkshop } from '../../helpers/reportWorkshop';

describe('the record as an Excel workbook', { timeout: 120_000 }, () => {
  const tables = recordTables(reportWorkshop(), { language: 'sv', today: '2026-04-20' });

  it('has a sheet per table with a header row, dates as dates and numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(await tablesXlsx(tables, { title: 'Möte', creator: 'Karin' })).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Åtgärder', 'Närvaro', 'Skalfrågor', 'Prickröstning']);
    const actions = workbook.getWorksheet('Åtgärder')!;
    expect(actions.getRow(1).values).toEqual([undefined, '#', 'Åtgärd', 'Ansvarig', 'Klart senast', 'Status', 'Försenad', 'Ursprung', 'Överförd']);
    expect(actions.getCell('D2').value).toEqual(new Date(Date.UTC(2026, 3, 30)));
    expect(actions.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    expect(actions.getCell('A2').value).toBe(1);
    expect(workbook.getWorksheet('Skalfrågor')!.getCell('D2').value).toBe(4.67);
  });

  it.skipIf(!hasSoffice)(`opens in LibreOffice Calc${hasSoffice ? '' : ` ${SOFFICE_NOTE}`}`, async () => {
    const csv = sofficeConvert(await tablesXlsx(tables, { title: 'Möte', creator: 'Karin' }), 'record.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76').toString('utf8');
    expect(csv).toContain('Ta fram checklista för kompletta ansökningar');
    expect(csv).toContain('2026-04-30');
  });
});
