import { writeFile } from 'node:fs/promises';
import { AlignmentType, Document, Header, ImageRun, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';

// A 1×1 red PNG: the organisation's "logo" in the template's header.
const LOGO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

/** An organisation's template as a Swedish Word writes it: its own fonts and colours, Heading 1 called "Rubrik1", a logo in the header. */
export async function swedishTemplate(path: string): Promise<void> {
  const doc = new Document({
    styles: { default: { heading1: { run: { font: 'Georgia', color: 'AA1111', size: 36 } }, document: { run: { font: 'Georgia' } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1701, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new ImageRun({ type: 'png', data: LOGO, transformation: { width: 120, height: 40 } })] })] }) },
        children: [new Paragraph('Mall')],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const styles = (await zip.file('word/styles.xml')!.async('string')).replaceAll('w:styleId="Heading1"', 'w:styleId="Rubrik1"');
  zip.file('word/styles.xml', styles);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

