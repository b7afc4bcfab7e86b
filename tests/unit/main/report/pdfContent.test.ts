import { describe, expect, it } from 'vitest';
import { untaggedRanges } from '../../../../main/services/pdfArtifacts';
import { contentOperations } from '../../../../main/services/pdfContent';

const bytes = (text: string) => new TextEncoder().encode(text);
const ops = (text: string) => contentOperations(bytes(text)).map((o) => o.op);
const wrapped = (text: string) => untaggedRanges(bytes(text)).map(([a, b]) => text.slice(a, b));

describe('reading a content stream', () => {
  it('finds each operator with its operands, whatever the strings hold', () => {
    const stream = 'BT /F1 12 Tf (a (nested) \\) paren) Tj [<00AB> -120 (x)] TJ ET % comment Tj\n<< /MCID 3 >> BDC';
    expect(ops(stream)).toEqual(['BT', 'Tf', 'Tj', 'TJ', 'ET', 'BDC']);
    const tj = contentOperations(bytes(stream))[2]!;
    expect(stream.slice(tj.start, tj.end)).toBe('(a (nested) \\) paren) Tj');
  });

  it('steps over an inline image’s binary data as one operation', () => {
    // The data may hold "EI" itself; only whitespace, EI, whitespace ends it.
    const stream = 'q BI /W 2 /H 1 /BPC 8 /CS /G ID \u00ffEI\u0001 EI Q';
    expect(ops(stream)).toEqual(['q', 'EI', 'Q']);
  });
});

describe('marking what Chromium left untagged as artifacts', () => {
  it('wraps unmarked text and whole path objects, never what is inside marked content', () => {
    const stream = [
      'BT /F1 9 Tf 1 0 0 1 10 10 Tm <0001> Tj ET',
      '/P <</MCID 0>> BDC BT <0002> Tj ET 0 0 5 5 re f EMC',
      '10 10 m 20 20 l S',
      '0 0 100 100 re W n',
      '/Im0 Do',
    ].join('\n');
    expect(wrapped(stream)).toEqual(['<0001> Tj', '10 10 m 20 20 l S', '/Im0 Do']);
  });

  it('leaves a page that is all tagged or artifacts alone', () => {
    expect(wrapped('/Artifact BMC 0 0 1 1 re f EMC /Span <</MCID 1>> BDC BT (a) Tj ET EMC')).toEqual([]);
  });
});
