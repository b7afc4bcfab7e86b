/**
 * Small helpers for writing HTML as strings. Everything from the document passes through esc(),
 * so a participant called "<script>" is printed as text, never run (the preview has no scripts
 * either way, but the PDF must say what the user wrote).
 */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text with the user's line breaks kept. */
export function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p>${block.split('\n').map(esc).join('<br>')}</p>`)
    .join('');
}

/**
 * A CSS string literal (for `content:` in the running header and footer). It sits inside a
 * <style> element, so < and > are escaped too: a title with "</style>" must stay a title.
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ')
    .replace(/[\n\r\f]/g, ' ');
  return `"${escaped}"`;
}

/** Fills {{placeholders}} of a catalogue message; the catalogue test keeps them in step across languages. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A number formatted for an SVG attribute: short and locale-free. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The text of an escaped HTML fragment, as a reader sees it. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The headings of a report in document order: the PDF's bookmarks, as written. Chromium builds
 * its outline from the laid-out text, where a heading that wraps loses the space at the line
 * break, an uppercase style shows in capitals and a heading opening a new landscape page can be
 * read twice; the host puts these titles back onto Chromium's bookmarks one by one.
 */
export function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h([1-6])(?:\s[^>]*)?>([\s\S]*?)<\/h\1>/g)].map((m) => textOf(m[2] ?? ''));
}

/** Each heading with an id, id → its words: what a link to it says it leads to (the PDF's link annotations get these). */
export function anchorsOf(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/<h([1-6])\s[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => [m[2]!, textOf(m[3] ?? '')]));
}

/**
 * An agenda item's name in the report: its title, with the kind (break, lunch) as a tag before it
 * only when the title does not already say it — "4. Paus", never "4. PAUS Paus".
 */
export function agendaItemLabel(item: { kind: 'item' | 'break' | 'lunch'; title: string }, kinds: Record<'item' | 'break' | 'lunch', string>): string {
  const title = item.title.trim();
  const kindName = kinds[item.kind];
  if (title === '') return esc(kindName);
  const saysKind = item.kind === 'item' || title.toLocaleLowerCase() === kindName.toLocaleLowerCase();
  return `${saysKind ? '' : `<span class="kind-tag">${esc(kindName)}</span> `}${esc(title)}`;
}
