import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../../main/chromium/printer';
import { exportMinutes } from '../../../../main/services/documents/minutesExport';
import { readWordTemplate, WordTemplateError } from '../../../../main/services/documents/wordTemplate';
import { hasSoffice, SOFFICE_NOTE, sofficeConvert } from '../../helpers/libreOffice';
import { swedishTemplate } from '../../helpers/wordTemplate';
import { reportWorkshop } from '../../helpers/reportWorkshop';
import { useTempDir } from '../../helpers/tempDir';
import { hasPoppler, pdfText } from '../report/pdfTools';
import { describeBoard } from '../../../../shared/outline/describeBoard';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('Word minutes', { timeout: 180_000 }, () => {
  const dir = useTempDir('verkstad-docx-');
  const printer = createChromiumPrinter();
  afterAll(() => printer.close());
  const options = { language: 'sv' as const, today: '2026-04-20', timeZone: 'Europe/Stockholm' };

  // One export with pictures (the drawings are rasterised in Chromium, which takes a while), read two ways.
  let exported: Promise<{ bytes: Buffer; figures: number }> | null = null;
  const withPictures = () =>
    (exported ??= (async () => {
      const path = join(tmpdir(), `verkstad-docx-${process.pid}.docx`);
      const result = await exportMinutes({ doc: reportWorkshop(), options, path, printer, template: null });
      const bytes = await readFile(path);
      await rm(path, { force: true });
      return { bytes, figures: result.figures };
    })());

  it('has the report’s sections as real Word headings, tables with header rows, and boards as SVG pictures with a PNG for older Word', async () => {
    const result = await withPictures();
    expect(result.figures).toBeGreaterThan(3);
    const zip = await JSZip.loadAsync(result.bytes);
    const body = await zip.file('word/document.xml')!.async('string');
    for (const heading of ['Närvaro', 'Dagordning: planerat och utfall', 'Anteckningar och beslut', 'Åtgärder', 'Parkering', 'Tavlor'])
      expect(body).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>(?:(?!</w:p>).)*${heading}`));
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body.match(/<w:tblHeader\/>/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
    // Rows are not split over pages, and columns get the report's widths (the action's text its 34 %), not equal shares.
    expect(body).toContain('<w:cantSplit/>');
    expect(body).toContain('<w:tcW w:type="pct" w:w="34%"/>');
    // A board's picture carries the same description in words as the PDF's drawing.
    const processBoard = reportWorkshop().boards.find((board) => board.name === 'Process: bygglov nuläge')!;
    const description = describeBoard(processBoard, 'sv');
    expect(description).toMatch(/^\S/);
    expect(body).toContain(`descr="${escapeXml(description)}"`);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg')).length).toBe(result.figures);
    expect(media.filter((name) => name.endsWith('.png')).length).toBe(result.figures);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('Förbättringsgrupp bygglov – uppföljning april');
  });

  it.skipIf(!hasSoffice || !hasPoppler)(`opens in LibreOffice without repair: the PDF it makes has the minutes’ words in Swedish${hasSoffice && hasPoppler ? '' : ` ${SOFFICE_NOTE}`}`, async () => {
    const pdf = sofficeConvert((await withPictures()).bytes, 'protokoll.docx', 'pdf');
    await writeFile(join(dir.path, 'protokoll.pdf'), pdf);
    const text = pdfText(join(dir.path, 'protokoll.pdf'));
    for (const words of ['Minnesanteckningar', 'Närvaro', 'Anders Berg', 'Ta fram checklista för kompletta ansökningar', 'Sida 1 av', 'Värdeflödets nyckeltal']) expect(text).toContain(words);
  });

  it('takes the organisation’s styles, theme, page and header logo from its template', async () => {
    const templatePath = join(dir.path, 'kommunen.dotx');
    await swedishTemplate(templatePath);
    const template = await readWordTemplate(templatePath);
    expect(template.styleIds.heading1).toBe('Rubrik1');
    expect(template.logo).toMatchObject({ type: 'png', width: 120, height: 40 });
    expect(template.page).toMatchObject({ width: 11906, height: 16838, margin: { top: 1701 } });
    const path = join(dir.path, 'protokoll.docx');
    await exportMinutes({ doc: reportWorkshop(), options, path, printer: null, template });
    const bytes = await readFile(path);
    const zip = await JSZip.loadAsync(bytes);
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('<w:pStyle w:val="Rubrik1"/>');
    expect(body).toContain('w:top="1701"');
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Georgia');
    const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(headers.some((h) => h.includes('<w:drawing>'))).toBe(true);
    // And LibreOffice opens it (where LibreOffice and poppler-utils are installed, as in CI).
    if (!hasSoffice || !hasPoppler) return;
    await writeFile(join(dir.path, 'mall.pdf'), sofficeConvert(bytes, 'protokoll.docx', 'pdf'));
    expect(pdfText(join(dir.path, 'mall.pdf'))).toContain('Närvaro');
  });

  it('refuses a file that is not a Word document, saying which and why', async () => {
    const fake = join(dir.path, 'mall.docx');
    await writeFile(fake, 'not a zip at all');
    await expect(readWordTemplate(fake)).rejects.toMatchObject({ problem: 'notWord', fileName: 'mall.docx' });
    await expect(readWordTemplate(join(dir.path, 'borta.dotx'))).rejects.toBeInstanceOf(WordTemplateError);
    await expect(readWordTemplate(join(dir.path, 'borta.dotx'))).rejects.toMatchObject({ problem: 'missing' });
    const zip = new JSZip();
    zip.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document>&e;</w:document>');
    zip.file('word/styles.xml', '<w:styles/>');
    await writeFile(join(dir.path, 'xxe.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(readWordTemplate(join(dir.path, 'xxe.docx'))).rejects.toMatchObject({ problem: 'notWord' });
  });
});
