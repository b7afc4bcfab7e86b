import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * XML from a file the user picked (a draw.io diagram, the parts of a Word template), read so that
 * nothing in it can reach outside the file: a document type declaration — the only way to declare
 * entities, internal ("billion laughs") or external (a file or an address to fetch) — is refused
 * before parsing, so no entity is ever declared, expanded or fetched. Only XML's five built-in
 * character entities and numeric references are decoded. Deep nesting is refused by the parser.
 */
export type XmlProblem = 'notXml' | 'doctype' | 'tooDeep';

export class XmlRefused extends Error {
  constructor(
    readonly problem: XmlProblem,
    message: string,
  ) {
    super(message);
    this.name = 'XmlRefused';
  }
}

export type XmlNode = Record<string, unknown>;

const DECLARES_TYPE = /<!DOCTYPE|<!ENTITY/i;
export const MAX_XML_DEPTH = 200;

export interface XmlReadOptions {
  /** Elements that are always arrays, even when there is one. */
  arrays?: readonly string[];
}

/** Refuses what Verkstad never reads (a document type, entities) and what is not XML; the check both readers share. */
function checkXml(text: string): void {
  if (DECLARES_TYPE.test(text)) throw new XmlRefused('doctype', 'the XML declares a document type or entities, which Verkstad never reads');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlRefused('notXml', `${valid.err.msg} (line ${valid.err.line})`);
}

function parseChecked<T>(parser: XMLParser, text: string): T {
  try {
    return parser.parse(text) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new XmlRefused(/nest/i.test(message) ? 'tooDeep' : 'notXml', message);
  }
}

const common = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: { enabled: true, maxEntityCount: 0 },
  htmlEntities: false,
  maxNestedTags: MAX_XML_DEPTH,
} as const;

export function parseXml(text: string, options: XmlReadOptions = {}): XmlNode {
  checkXml(text);
  const arrays = new Set(options.arrays ?? []);
  return parseChecked<XmlNode>(new XMLParser({ ...common, isArray: (name) => arrays.has(name) }), text);
}

/** The child elements named `name` of a parsed element, as a list whatever their number. */
export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is XmlNode => typeof v === 'object' && v !== null);
}

export function attr(node: unknown, name: string): string | null {
  if (typeof node !== 'object' || node === null) return null;
  const value = (node as XmlNode)[`@${name}`];
  return typeof value === 'string' ? value : null;
}

/** Every element named `name` anywhere below `node`, in document order (without recursion, so depth cannot overflow the stack). */
export function descendants(node: unknown, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const stack: [string, unknown][] = [['', node]];
  while (stack.length > 0) {
    const [key, current] = stack.pop()!;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([key, current[i]]);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (key === name) found.push(current as XmlNode);
    const entries = Object.entries(current as XmlNode).filter(([k]) => !k.startsWith('@'));
    for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i]!);
  }
  return found;
}
