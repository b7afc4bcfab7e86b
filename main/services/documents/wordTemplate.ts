import { readFile, stat } from 'node:fs/promises';
import { basename, posix } from 'node:path';
import JSZip from 'jszip';
import { WORD_STYLE_NAMES, type WordStyleRole, type WordTemplate, type WordTemplateLogo, type WordTemplatePage } from '../../../shared/documents/minutes/template';
import { errorCode } from '../durableWrite';
import { attr, children, descendants, parseXml, XmlRefused, type XmlNode } from '../safeXml';

/**
 * Reads an organisation's Word document or template (.docx/.dotx, both zip packages of the same
 * parts) for the minutes' look: styles.xml and the theme as they are, the ids of the styles the
 * minutes use, the first picture of its header (a logo) and its page size and margins.
 */
export type WordTemplateProblem = 'missing' | 'unreadable' | 'notWord' | 'noStyles' | 'tooLarge';

export class WordTemplateError extends Error {
  constructor(
    readonly problem: WordTemplateProblem,
    message: string,
    /** The template's file name, for the message. */
    readonly fileName = '',
  ) {
    super(message);
    this.name = 'WordTemplateError';
  }
}

export const MAX_TEMPLATE_BYTES = 30 * 1024 * 1024;
const EMU_PER_PX = 9525;
const IMAGE_TYPES: Record<string, WordTemplateLogo['type']> = { png: 'png', jpg: 'jpg', jpeg: 'jpg', gif: 'gif', bmp: 'bmp' };

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

function parsePart(text: string, arrays: string[] = []): XmlNode {
  try {
    return parseXml(text, { arrays });
  } catch (error) {
    if (error instanceof XmlRefused) throw new WordTemplateError('notWord', error.message);
    throw error;
  }
}

/** Relationship id → target path (resolved against the part's folder) of one part's .rels. */
async function relationships(zip: JSZip, part: string): Promise<Map<string, string>> {
  const dir = posix.dirname(part);
  const text = await partText(zip, posix.join(dir, '_rels', `${posix.basename(part)}.rels`));
  const map = new Map<string, string>();
  if (!text) return map;
  for (const rel of children(parsePart(text, ['Relationship']).Relationships, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target && attr(rel, 'TargetMode') !== 'External') map.set(id, posix.normalize(posix.join(dir, target)).replace(/^\/+/, ''));
  }
  return map;
}

function styleIdsOf(styles: XmlNode): Partial<Record<WordStyleRole, string>> {
  const byName = new Map<string, string>();
  for (const style of children(styles['w:styles'], 'w:style')) {
    const id = attr(style, 'w:styleId');
    const name = attr(children(style, 'w:name')[0], 'w:val');
    if (id && name) byName.set(name.toLowerCase(), id);
  }
  const ids: Partial<Record<WordStyleRole, string>> = {};
  for (const [role, name] of Object.entries(WORD_STYLE_NAMES) as [WordStyleRole, string][]) {
    const id = byName.get(name);
    if (id) ids[role] = id;
  }
  return ids;
}

const twips = (node: XmlNode | undefined, name: string): number | null => {
  const value = Number(attr(node, name));
  return Number.isFinite(value) && value > 0 ? Math.round(value) : null;
};

function pageOf(sectPr: XmlNode | undefined): WordTemplatePage | null {
  const size = children(sectPr, 'w:pgSz')[0];
  const margin = children(sectPr, 'w:pgMar')[0];
  const width = twips(size, 'w:w');
  const height = twips(size, 'w:h');
  if (!width || !height || width > 31_680 || height > 31_680) return null;
  const m = (name: string, fallback: number) => Math.min(twips(margin, name) ?? fallback, Math.floor(Math.min(width, height) / 3));
  return { width, height, margin: { top: m('w:top', 1134), right: m('w:right', 1134), bottom: m('w:bottom', 1134), left: m('w:left', 1134), header: m('w:header', 567), footer: m('w:footer', 567) } };
}

/** The first picture in the header the template's section uses first (its default header, else its first-page one). */
async function logoOf(zip: JSZip, sectPr: XmlNode | undefined): Promise<WordTemplateLogo | null> {
  const references = children(sectPr, 'w:headerReference');
  const reference = references.find((r) => attr(r, 'w:type') === 'default') ?? references.find((r) => attr(r, 'w:type') === 'first');
  const headerId = attr(reference, 'r:id');
  if (!headerId) return null;
  const headerPath = (await relationships(zip, 'word/document.xml')).get(headerId);
  const headerText = headerPath ? await partText(zip, headerPath) : null;
  if (!headerPath || !headerText) return null;
  const header = parsePart(headerText);
  const rels = await relationships(zip, headerPath);
  for (const drawing of descendants(header, 'w:drawing')) {
    const blip = descendants(drawing, 'a:blip')[0];
    const extent = descendants(drawing, 'wp:extent')[0];
    const target = rels.get(attr(blip, 'r:embed') ?? '');
    const type = target ? IMAGE_TYPES[posix.extname(target).slice(1).toLowerCase()] : undefined;
    const cx = Number(attr(extent, 'cx'));
    const cy = Number(attr(extent, 'cy'));
    const file = target ? zip.file(target) : null;
    if (!type || !file || !(cx > 0 && cy > 0)) continue;
    return { type, data: await file.async('uint8array'), width: Math.max(1, Math.round(cx / EMU_PER_PX)), height: Math.max(1, Math.round(cy / EMU_PER_PX)) };
  }
  return null;
}

export async function readWordTemplate(path: string): Promise<WordTemplate> {
  try {
    return await readPackage(path);
  } catch (error) {
    const name = basename(path);
    if (error instanceof WordTemplateError) throw new WordTemplateError(error.problem, error.message, name);
    const code = errorCode(error);
    throw new WordTemplateError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', error instanceof Error ? error.message : String(error), name);
  }
}

async function readPackage(path: string): Promise<WordTemplate> {
  const info = await stat(path);
  if (!info.isFile()) throw new WordTemplateError('notWord', `${path} is not a file`);
  if (info.size > MAX_TEMPLATE_BYTES) throw new WordTemplateError('tooLarge', `${info.size} bytes; at most ${MAX_TEMPLATE_BYTES}`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(await readFile(path));
  } catch (error) {
    if (errorCode(error)) throw error;
    throw new WordTemplateError('notWord', error instanceof Error ? error.message : String(error));
  }
  const stylesText = await partText(zip, 'word/styles.xml');
  if (!zip.file('word/document.xml')) throw new WordTemplateError('notWord', 'the package has no word/document.xml');
  if (!stylesText) throw new WordTemplateError('noStyles', 'the document has no word/styles.xml');
  const styles = parsePart(stylesText, ['w:style']);
  const documentText = (await partText(zip, 'word/document.xml')) ?? '';
  const body = children(parsePart(documentText)['w:document'], 'w:body')[0];
  const sectPr = children(body, 'w:sectPr')[0];
  const theme = await partText(zip, 'word/theme/theme1.xml');
  if (theme !== null) parsePart(theme);
  return {
    name: basename(path),
    styles: stylesText,
    theme,
    styleIds: styleIdsOf(styles),
    logo: await logoOf(zip, sectPr),
    page: pageOf(sectPr),
  };
}
