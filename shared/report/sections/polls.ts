import { rankDotVotes, stickiesOf } from '../../record/dotVotes';
import { pollStats } from '../../record/polls';
import type { ScalePoll } from '../../model/record';
import type { ReportContext } from '../context';
import { esc } from '../html';
import { histogramSvg } from '../histogram';
import { REPORT_FONT_FAMILY } from '../styles';
import { anchorOf, sectionHeading, type ReportSection } from './section';

/** The scale polls the facilitator entered, each with its histogram, answer count and mean. */
export const polls: ReportSection = {
  id: 'polls',
  applies: (doc) => doc.polls.length > 0 || Object.values(doc.dotVotes).some((n) => n > 0),
  render(ctx) {
    return `<section aria-labelledby="${anchorOf('polls')}">${sectionHeading(ctx, 'polls')}${ctx.doc.polls.map((poll) => pollFigure(ctx, poll)).join('\n')}${dotVoting(ctx)}</section>`;
  },
};

function pollFigure(ctx: ReportContext, poll: ScalePoll): string {
  const p = ctx.s.polls;
  const stats = pollStats(poll);
  const question = poll.question.trim() || ctx.s.document.none;
  const item = poll.agendaItemId ? ctx.doc.agenda.items.find((it) => it.id === poll.agendaItemId) : undefined;
  const counts = stats.histogram.map((bar) => ctx.fill(p.countOf, { value: bar.value, count: bar.count })).join(', ');
  const label = ctx.fill(p.histogramAlt, { question, min: poll.scaleMin, max: poll.scaleMax, counts });
  const facts = stats.answers === 0 ? p.noAnswers : `${ctx.fill(p.answers, { count: stats.answers })} · ${ctx.fill(p.mean, { value: ctx.number(stats.mean ?? 0, 1) })}`;
  return `<figure class="poll">
<h2>${esc(question)}</h2>
${item ? `<p class="muted">${ctx.fill(ctx.s.actions.originAgenda, { title: esc(item.title.trim() || ctx.s.agenda.kinds[item.kind]) })}</p>` : ''}
${histogramSvg(stats, label, REPORT_FONT_FAMILY)}
<figcaption>${facts}</figcaption>
</figure>`;
}

/** The stickies that got dots, most first; equal dots share a place. */
function dotVoting(ctx: ReportContext): string {
  const p = ctx.s.polls;
  const rows = rankDotVotes(ctx.doc.dotVotes, stickiesOf(ctx.doc)).filter((row) => row.votes > 0);
  if (rows.length === 0) return '';
  const body = rows
    .map((row) => {
      const text = row.sticky ? esc(row.sticky.text.trim() || ctx.s.document.none) : `<span class="muted">${p.removed}</span>`;
      return `<tr><td class="num">${row.rank}</td><th scope="row">${text}</th><td>${row.sticky ? esc(row.sticky.boardName) : ctx.s.document.none}</td><td class="num">${row.votes}</td></tr>`;
    })
    .join('');
  return `<h2>${p.dotVoting}</h2><table class="dot-votes"><caption>${p.dotVoting}</caption>
<thead><tr><th scope="col" class="num">${p.rank}</th><th scope="col">${p.sticky}</th><th scope="col">${p.board}</th><th scope="col" class="num">${p.dots}</th></tr></thead>
<tbody>${body}</tbody></table>`;
}
