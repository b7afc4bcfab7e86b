import type { Workshop } from '../../model/workshop';
import { esc, paragraphs } from '../html';
import { anchorOf, sectionHeading, type ReportSection } from './section';

/** What was noted and decided under each agenda item, then the decisions tied to no item. */
export const notes: ReportSection = {
  id: 'notes',
  applies: (doc) => hasAny(doc),
  render(ctx) {
    const { doc, s } = ctx;
    const n = s.notes;
    const blocks: string[] = [];
    doc.agenda.items.forEach((item, i) => {
      const texts = [item.notes, doc.itemNotes[item.id] ?? ''].filter((t) => t.trim().length > 0);
      const decisions = doc.decisions.filter((d) => d.agendaItemId === item.id && d.text.trim());
      if (texts.length === 0 && decisions.length === 0) return;
      const title = item.title.trim() ? esc(item.title) : s.agenda.kinds[item.kind];
      blocks.push(`<div class="item-notes"><h2>${i + 1}. ${title}</h2>
${texts.length > 0 ? `<div class="notes-text">${texts.map(paragraphs).join('')}</div>` : ''}
${decisions.length > 0 ? `<p class="label">${n.decisions}</p><ul class="decisions">${decisions.map((d) => `<li>${esc(d.text)}</li>`).join('')}</ul>` : ''}
</div>`);
    });
    const known = new Set(doc.agenda.items.map((item) => item.id));
    const loose = doc.decisions.filter((d) => (d.agendaItemId === null || !known.has(d.agendaItemId)) && d.text.trim());
    if (loose.length > 0) {
      blocks.push(`<div class="item-notes"><h2>${n.otherDecisions}</h2><ul class="decisions">${loose.map((d) => `<li>${esc(d.text)}</li>`).join('')}</ul></div>`);
    }
    return `<section aria-labelledby="${anchorOf('notes')}">${sectionHeading(ctx, 'notes')}${blocks.join('\n')}</section>`;
  },
};

function hasAny(doc: Workshop): boolean {
  return doc.decisions.some((d) => d.text.trim()) || doc.agenda.items.some((item) => item.notes.trim() || (doc.itemNotes[item.id] ?? '').trim());
}
