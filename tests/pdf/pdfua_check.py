#!/usr/bin/python3
"""
Reads a tagged PDF with pikepdf (qpdf underneath: a second, independent reader of what pdf-lib
and Chromium wrote) and checks the machine-checkable points of PDF/UA-1 (ISO 14289-1) that the
Matterhorn Protocol lists and veraPDF tests, as far as this script can tell without a full
validator (none installs here: veraPDF needs Maven Central). Prints JSON:

  {"errors": [...], "headings": [[level, text]...], "figures": [alt...], "tables": [...],
   "lists": n, "links": [...], "lang": ..., "title": ..., "pages": n}

Usage: pdfua_check.py FILE.pdf
"""
import json
import re
import sys

import pikepdf

STANDARD_TYPES = {
    'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index',
    'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
    'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference',
    'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure',
    'Formula', 'Form',
}
TEXT_OPS = {'Tj', 'TJ', "'", '"'}
PAINT_OPS = {'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh', 'INLINE IMAGE'}

errors = []


def err(code, message):
    errors.append({'code': code, 'message': message})


def name_of(obj):
    return str(obj)[1:] if isinstance(obj, pikepdf.Name) else None


def text_of(obj):
    try:
        return str(obj)
    except Exception:  # noqa: BLE001
        return ''


def attributes(elem):
    """The attribute dictionaries of a structure element (/A may be one or an array)."""
    a = elem.get('/A')
    if a is None:
        return []
    if isinstance(a, pikepdf.Array):
        return [x for x in a if isinstance(x, pikepdf.Dictionary)]
    return [a] if isinstance(a, pikepdf.Dictionary) else []


def main(path):
    pdf = pikepdf.open(path)
    root = pdf.Root
    out = {'pages': len(pdf.pages)}

    # --- document level (Matterhorn 06, 07, 11) ---
    lang = text_of(root.get('/Lang', ''))
    out['lang'] = lang
    if not lang:
        err('lang', 'the catalogue has no /Lang')
    mark = root.get('/MarkInfo')
    if not (isinstance(mark, pikepdf.Dictionary) and bool(mark.get('/Marked', False))):
        err('marked', '/MarkInfo /Marked is not true')
    prefs = root.get('/ViewerPreferences')
    if not (isinstance(prefs, pikepdf.Dictionary) and bool(prefs.get('/DisplayDocTitle', False))):
        err('displayDocTitle', '/ViewerPreferences /DisplayDocTitle is not true')
    title = text_of(pdf.docinfo.get('/Title', '')) if pdf.docinfo is not None else ''
    out['title'] = title
    if not title.strip():
        err('title', 'the document information has no title')
    metadata = root.get('/Metadata')
    xmp = metadata.read_bytes().decode('utf-8', 'replace') if metadata is not None else ''
    if '<pdfuaid:part>1</pdfuaid:part>' not in xmp:
        err('pdfuaid', 'the XMP metadata does not identify PDF/UA-1')
    if not re.search(r'<dc:title>.*\S.*</dc:title>', xmp, re.S):
        err('dcTitle', 'the XMP metadata has no dc:title')
    out['xmpTitle'] = (re.search(r'<rdf:li xml:lang="x-default">([^<]*)</rdf:li>', xmp) or [None, ''])[1]

    tree = root.get('/StructTreeRoot')
    if tree is None:
        err('structTree', 'no structure tree')
        print(json.dumps({**out, 'errors': errors}))
        return
    role_map = tree.get('/RoleMap') or {}

    # --- page content: everything is tagged content or an artifact (Matterhorn 01-005, 01-006) ---
    page_mcids = {}
    fonts_seen = {}
    for number, page in enumerate(pdf.pages, 1):
        if '/Annots' in page.obj and len(page.obj.Annots) > 0 and name_of(page.obj.get('/Tabs')) != 'S':
            err('tabs', f'page {number} has annotations but /Tabs is not /S')
        stack = []
        mcids = set()
        untagged = 0
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ('BDC', 'BMC'):
                tag = name_of(operands[0])
                props = operands[1] if op == 'BDC' and len(operands) > 1 else None
                mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and '/MCID' in props else None
                if tag == 'Artifact' and any(m is not None for _, m in stack):
                    err('artifactInContent', f'page {number}: an artifact inside tagged content')
                if mcid is not None and any(t == 'Artifact' for t, _ in stack):
                    err('contentInArtifact', f'page {number}: tagged content inside an artifact')
                if mcid is not None:
                    mcids.add(mcid)
                stack.append((tag, mcid))
            elif op == 'EMC':
                if stack:
                    stack.pop()
            elif op in TEXT_OPS or op in PAINT_OPS:
                if not any(t == 'Artifact' or m is not None for t, m in stack):
                    untagged += 1
        if stack:
            err('unbalanced', f'page {number}: marked content left open at the end of the page')
        if untagged:
            err('untagged', f'page {number}: {untagged} painting operations are neither tagged nor artifacts')
        page_mcids[page.obj.objgen] = mcids
        resources = page.obj.get('/Resources')
        fonts = resources.get('/Font') if resources is not None else None
        if fonts is not None:
            for key, font in fonts.items():
                fonts_seen[font.objgen if font.is_indirect else (number, key)] = font

    # --- fonts are embedded (Matterhorn 31-009) ---
    def embedded(font):
        if name_of(font.get('/Subtype')) == 'Type3':
            return True
        if name_of(font.get('/Subtype')) == 'Type0':
            font = font.DescendantFonts[0]
        descriptor = font.get('/FontDescriptor')
        return descriptor is not None and any(k in descriptor for k in ('/FontFile', '/FontFile2', '/FontFile3'))

    for font in fonts_seen.values():
        if not embedded(font):
            err('fontNotEmbedded', f'font {text_of(font.get("/BaseFont"))} is not embedded')

    # --- the structure tree ---
    headings = []
    figures = []
    tables = []
    links = []
    referenced = {}

    def role(elem):
        s = name_of(elem.get('/S'))
        mapped = role_map.get('/' + s) if s and ('/' + s) in role_map else None
        return name_of(mapped) if mapped is not None else s

    def text_under(elem):
        """Whether any marked content hangs under an element (its words are in the page)."""
        k = elem.get('/K')
        items = list(k) if isinstance(k, pikepdf.Array) else [] if k is None else [k]
        for item in items:
            if isinstance(item, int) or (isinstance(item, pikepdf.Dictionary) and name_of(item.get('/Type')) == 'MCR'):
                return True
            if isinstance(item, pikepdf.Dictionary) and '/S' in item and text_under(item):
                return True
        return False

    def walk(elem, parent_type, page):
        k = elem.get('/K')
        items = list(k) if isinstance(k, pikepdf.Array) else [] if k is None else [k]
        kind = role(elem)
        page = elem.get('/Pg', page)
        if kind not in STANDARD_TYPES:
            err('nonStandard', f'structure type {kind} is not standard and not role-mapped')
        kids = []
        for item in items:
            if isinstance(item, int):
                if page is not None:
                    referenced.setdefault(page.objgen, set()).add(int(item))
                continue
            if not isinstance(item, pikepdf.Dictionary):
                continue
            t = name_of(item.get('/Type'))
            if t == 'MCR':
                mc_page = item.get('/Pg', page)
                if mc_page is not None:
                    referenced.setdefault(mc_page.objgen, set()).add(int(item.MCID))
                continue
            if t == 'OBJR':
                kids.append('OBJR')
                continue
            if '/S' in item:
                kids.append(role(item))
                walk(item, kind, page)
        if kind in ('H1', 'H2', 'H3', 'H4', 'H5', 'H6'):
            headings.append(int(kind[1]))
        elif kind == 'Figure':
            alt = text_of(elem.get('/Alt', '')) or text_of(elem.get('/ActualText', ''))
            figures.append(alt)
            if not alt.strip():
                err('figureAlt', 'a Figure has no alternative text')
        elif kind == 'Table':
            cells = []

            def collect(e):
                for item in (list(e.K) if isinstance(e.get('/K'), pikepdf.Array) else [e.get('/K')]):
                    if isinstance(item, pikepdf.Dictionary) and '/S' in item:
                        if role(item) in ('TH', 'TD'):
                            cells.append(item)
                        else:
                            collect(item)
            collect(elem)
            th = [c for c in cells if role(c) == 'TH']
            scoped = [c for c in th if any('/Scope' in a for a in attributes(c))]
            tables.append({'th': len(th), 'td': len(cells) - len(th), 'scoped': len(scoped)})
            if not th:
                err('tableHeaders', 'a Table has no header cells (TH)')
            if len(scoped) < len(th):
                err('tableScope', 'a TH has no /Scope')
            for kid in kids:
                if kid not in ('TR', 'THead', 'TBody', 'TFoot', 'Caption'):
                    err('tableStructure', f'a Table holds {kid}')
        elif kind in ('THead', 'TBody', 'TFoot'):
            for kid in kids:
                if kid != 'TR':
                    err('tableStructure', f'a {kind} holds {kid}')
        elif kind == 'TR':
            for kid in kids:
                if kid not in ('TH', 'TD'):
                    err('tableStructure', f'a TR holds {kid}')
        elif kind == 'L':
            for kid in kids:
                if kid not in ('LI', 'L', 'Caption'):
                    err('listStructure', f'an L holds {kid}')
        elif kind == 'LI':
            for kid in kids:
                if kid not in ('Lbl', 'LBody'):
                    err('listStructure', f'an LI holds {kid}')
        elif kind == 'Link':
            objr = [i for i in items if isinstance(i, pikepdf.Dictionary) and name_of(i.get('/Type')) == 'OBJR']
            if not objr:
                err('linkAnnot', 'a Link element holds no link annotation')
            for o in objr:
                annot = o.Obj
                contents = text_of(annot.get('/Contents', ''))
                links.append(contents)
                if not contents.strip() and not text_of(elem.get('/Alt', '')).strip():
                    err('linkContents', 'a link annotation has no /Contents')
        if kind in ('TH', 'TD', 'LI', 'Lbl', 'LBody') and parent_type is None:
            err('orphan', f'{kind} at the top of the tree')
        if kind in ('P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6') and not text_under(elem):
            err('emptyText', f'an empty {kind}')

    for top in (list(tree.K) if isinstance(tree.get('/K'), pikepdf.Array) else [tree.get('/K')]):
        if isinstance(top, pikepdf.Dictionary):
            walk(top, None, None)

    out['lists'] = sum(1 for _ in iterate(tree, role, 'L'))
    out['headingLevels'] = headings

    # --- headings: first is H1, never more than one level deeper than the one before (Matterhorn 14-002, 14-003) ---
    if headings and headings[0] != 1:
        err('firstHeading', f'the first heading is H{headings[0]}, not H1')
    for before, after in zip(headings, headings[1:]):
        if after > before + 1:
            err('headingSkip', f'H{before} is followed by H{after}')

    # --- every MCID on a page is in the tree (Matterhorn 01-?) ---
    for page, mcids in page_mcids.items():
        missing = mcids - referenced.get(page, set())
        if missing:
            err('mcidNotInTree', f'{len(missing)} marked-content ids of a page are not in the structure tree')

    out['figures'] = figures
    out['tables'] = tables
    out['links'] = links
    out['errors'] = errors
    print(json.dumps(out, ensure_ascii=False))


def iterate(tree, role, wanted):
    stack = list(tree.K) if isinstance(tree.get('/K'), pikepdf.Array) else [tree.get('/K')]
    while stack:
        e = stack.pop()
        if not isinstance(e, pikepdf.Dictionary) or '/S' not in e:
            continue
        if role(e) == wanted:
            yield e
        k = e.get('/K')
        stack.extend(list(k) if isinstance(k, pikepdf.Array) else [k])


if __name__ == '__main__':
    main(sys.argv[1])
