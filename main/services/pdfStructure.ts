import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * Repairs to the structure tree Chromium writes, for PDF/UA-1 (ISO 14289-1 7.2, 7.18): a list
 * item holds a label (Lbl) and a body (LBody) — Chromium puts the item's content straight into
 * the LI — and every link annotation says where it leads in words (/Contents).
 */

const name = (n: string) => PDFName.of(n);

function kidsOf(elem: PDFDict): PDFObject[] {
  const k = elem.get(name('K'));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

function structType(doc: PDFDocument, kid: PDFObject): string | null {
  const dict = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
  if (!(dict instanceof PDFDict)) return null;
  const s = dict.get(name('S'));
  return s instanceof PDFName ? s.decodeText() : null;
}

/** Every structure element under the root, depth first, with its reference when it has one. */
function* structElements(doc: PDFDocument, from: PDFObject | undefined): Generator<{ dict: PDFDict; ref: PDFRef | null }> {
  if (from === undefined) return;
  const ref = from instanceof PDFRef ? from : null;
  const obj = ref ? doc.context.lookup(ref) : from;
  if (obj instanceof PDFArray) {
    for (const item of obj.asArray()) yield* structElements(doc, item);
    return;
  }
  if (!(obj instanceof PDFDict) || !(obj.get(name('S')) instanceof PDFName)) return;
  yield { dict: obj, ref };
  for (const kid of kidsOf(obj)) yield* structElements(doc, kid);
}

/**
 * The parent tree maps each page's marked content (and each annotation) back to its structure
 * element; moving content into a new LBody must move those entries too.
 */
class ParentTree {
  private readonly entries = new Map<number, PDFObject>();
  constructor(private readonly doc: PDFDocument) {
    const root = doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict)?.lookupMaybe(name('ParentTree'), PDFDict);
    const walk = (node: PDFDict | undefined) => {
      if (!node) return;
      const nums = node.lookupMaybe(name('Nums'), PDFArray);
      if (nums) for (let i = 0; i + 1 < nums.size(); i += 2) this.entries.set((nums.lookup(i, PDFNumber) as PDFNumber).asNumber(), nums.get(i + 1));
      const kids = node.lookupMaybe(name('Kids'), PDFArray);
      if (kids) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i, PDFDict));
    };
    walk(root);
  }

  /** Points the entry at `key` (or the MCID `mcid` of the page array at `key`) to `parent`. */
  repoint(key: number, mcid: number | null, parent: PDFRef): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    if (mcid === null) {
      // An annotation's own entry: replace it in whichever /Nums array holds it.
      this.replaceEntry(key, parent);
      return;
    }
    const list = entry instanceof PDFRef ? this.doc.context.lookup(entry) : entry;
    if (list instanceof PDFArray && mcid < list.size()) list.set(mcid, parent);
  }

  private replaceEntry(key: number, value: PDFRef): void {
    const root = this.doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict)?.lookupMaybe(name('ParentTree'), PDFDict);
    const walk = (node: PDFDict | undefined): boolean => {
      if (!node) return false;
      const nums = node.lookupMaybe(name('Nums'), PDFArray);
      if (nums)
        for (let i = 0; i + 1 < nums.size(); i += 2)
          if ((nums.lookup(i, PDFNumber) as PDFNumber).asNumber() === key) {
            nums.set(i + 1, value);
            return true;
          }
      const kids = node.lookupMaybe(name('Kids'), PDFArray);
      return kids ? kids.asArray().some((_, i) => walk(kids.lookup(i, PDFDict))) : false;
    };
    walk(root);
  }
}

/** Wraps each list item's content (all but its Lbl) in an LBody. Returns how many bodies were made. */
export function addListBodies(doc: PDFDocument): number {
  const root = doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
  if (!root) return 0;
  const items = [...structElements(doc, root.get(name('K')))].filter(({ dict }) => structType(doc, dict) === 'LI');
  if (items.length === 0) return 0;
  const parents = new ParentTree(doc);
  let made = 0;
  for (const { dict: li, ref: liRef } of items) {
    const kids = kidsOf(li);
    const content = kids.filter((kid) => structType(doc, kid) !== 'Lbl' && structType(doc, kid) !== 'LBody');
    if (content.length === 0 || liRef === null) continue;
    const body = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: liRef }) as PDFDict;
    const page = li.get(name('Pg'));
    if (page) body.set(name('Pg'), page);
    const bodyRef = doc.context.register(body);
    body.set(name('K'), doc.context.obj(content));
    for (const kid of content) adopt(doc, parents, kid, bodyRef, li);
    const kept = kids.filter((kid) => !content.includes(kid));
    li.set(name('K'), doc.context.obj([...kept, bodyRef]));
    made++;
  }
  return made;
}

/** Makes `body` the parent of a moved kid: a structure element's /P, or the parent-tree entry of marked content or an annotation. */
function adopt(doc: PDFDocument, parents: ParentTree, kid: PDFObject, body: PDFRef, oldParent: PDFDict): void {
  const dict = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
  if (kid instanceof PDFNumber) {
    // Marked content straight in the LI: its page is the LI's.
    const page = oldParent.lookup(name('Pg'));
    const key = page instanceof PDFDict ? page.get(name('StructParents')) : undefined;
    if (key instanceof PDFNumber) parents.repoint(key.asNumber(), kid.asNumber(), body);
    return;
  }
  if (!(dict instanceof PDFDict)) return;
  const type = dict.get(name('Type'));
  if (type === name('MCR')) {
    const page = dict.lookup(name('Pg')) ?? oldParent.lookup(name('Pg'));
    const key = page instanceof PDFDict ? page.get(name('StructParents')) : undefined;
    const mcid = dict.get(name('MCID'));
    if (key instanceof PDFNumber && mcid instanceof PDFNumber) parents.repoint(key.asNumber(), mcid.asNumber(), body);
  } else if (type === name('OBJR')) {
    const annot = dict.lookup(name('Obj'));
    const key = annot instanceof PDFDict ? annot.get(name('StructParent')) : undefined;
    if (key instanceof PDFNumber) parents.repoint(key.asNumber(), null, body);
  } else dict.set(name('P'), body);
}

/**
 * Gives each link annotation without one a /Contents: the text of the place it leads to, from
 * `targets` (a named destination → the words of what it names; see anchorsOf in
 * shared/report/html.ts).
 */
export function describeLinks(doc: PDFDocument, targets: Readonly<Record<string, string>>): number {
  let described = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(name('Annots'), PDFArray);
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i);
      if (!(annot instanceof PDFDict) || annot.get(name('Subtype')) !== name('Link') || annot.has(name('Contents'))) continue;
      const dest = annot.lookup(name('Dest'));
      const target = dest instanceof PDFName ? dest.decodeText() : dest instanceof PDFString || dest instanceof PDFHexString ? dest.decodeText() : null;
      const text = target !== null ? targets[target] : undefined;
      if (text === undefined) continue;
      annot.set(name('Contents'), PDFHexString.fromText(text));
      described++;
    }
  }
  return described;
}
