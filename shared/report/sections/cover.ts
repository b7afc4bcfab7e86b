import { computeSchedule } from '../../agenda/schedule';
import { summarizeAttendance } from '../../record/attendance';
import { esc, paragraphs } from '../html';
import type { ReportContext } from '../context';
import { anchorOf, type ReportSection } from './section';

/** The first page: what the workshop was, when and where, who led it and why, and what is inside. */
export const cover: ReportSection = {
  id: 'cover',
  applies: () => true,
  render(ctx) {
    const { doc, s } = ctx;
    const h = doc.header;
    const rows: [string, string][] = [];
    if (h.date) rows.push([s.cover.date, ctx.date(h.date)]);
    const time = timeRange(ctx);
    if (time) rows.push([s.cover.time, time]);
    if (h.place.trim()) rows.push([s.cover.place, esc(h.place)]);
    if (h.facilitator.trim()) rows.push([s.cover.facilitator, esc(h.facilitator)]);
    if (doc.followsWorkshop) {
      const f = doc.followsWorkshop;
      rows.push([s.cover.followsUp, esc(f.title || s.document.untitled) + (f.date ? `, ${ctx.date(f.date)}` : '')]);
    }
    const facts = rows.map(([k, v]) => `<div class="fact"><dt>${k}</dt><dd>${v}</dd></div>`).join('');
    const summary = summarizeAttendance(doc.participants, h.startTime);
    const glance = [
      doc.participants.length > 0 ? ctx.fill(s.cover.participantsPresent, { present: summary.present, invited: summary.invited }) : null,
      ctx.fill(s.cover.actionsCount, { count: doc.actions.length }),
      ctx.fill(s.cover.decisionsCount, { count: doc.decisions.length }),
    ].filter((x): x is string => x !== null);
    const contents = ctx.included
      .filter((id) => id !== 'cover')
      .map((id) => `<li><a href="#${anchorOf(id)}">${s.sections[id]}</a></li>`)
      .join('');
    return `<section class="cover sheet" aria-labelledby="${anchorOf('cover')}">
<p class="kind">${s.document.kind}</p>
<h1 id="${anchorOf('cover')}" class="title">${esc(ctx.title)}</h1>
<dl class="facts">${facts}</dl>
${h.purpose.trim() ? `<div class="purpose"><p class="label">${s.cover.purpose}</p>${paragraphs(h.purpose)}</div>` : ''}
<div class="glance"><p class="label">${s.cover.atAGlance}</p><ul>${glance.map((g) => `<li>${g}</li>`).join('')}</ul></div>
${contents ? `<nav class="contents" aria-label="${s.cover.contents}"><p class="label">${s.cover.contents}</p><ol>${contents}</ol></nav>` : ''}
</section>`;
  },
};

/** "09:00–12:15" from the start time and the planned agenda. */
function timeRange(ctx: ReportContext): string | null {
  const schedule = computeSchedule(ctx.doc.header.startTime, ctx.doc.agenda.items);
  if (!schedule) return null;
  if (schedule.items.length === 0) return ctx.clock(schedule.end);
  const start = schedule.items[0]!.start;
  return ctx.fill(ctx.s.cover.timeRange, { start: ctx.clock(start), end: ctx.clock(schedule.end) });
}
