import type { ReportMetadata } from '../../shared/report/buildReport';

/**
 * The document's XMP metadata packet (ISO 16684-1), which PDF/UA-1 requires (7.1): dc:title, and
 * the PDF/UA identification (pdfuaid:part 1) that tells a validator or an archive which rules the
 * file follows. The document information dictionary says the same in its own words.
 */
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmpPacket(metadata: ReportMetadata, now: Date, producer: string): string {
  const date = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = xml(metadata.language);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(metadata.title)}</rdf:li><rdf:li xml:lang="${lang}">${xml(metadata.title)}</rdf:li></rdf:Alt></dc:title>
${metadata.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>\n` : ''}<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(metadata.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${xml(metadata.keywords.join(' '))}</pdf:Keywords>
<pdf:Producer>${xml(producer)}</pdf:Producer>
<xmp:CreatorTool>Verkstad</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
