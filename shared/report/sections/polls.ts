import { rankDotVotes, stickiesOf } from '../../record/dotVotes';
import { pollStats } from '../../record/polls';
import type { ChoicePoll, ScalePoll, TextPoll } from '../../model/record';
import { room } from '../../i18n/areas/room';
import type { ReportContext } from '../context';
import { esc } from '../html';
import { histogramSvg } from '../histogram';
import { REPORT_FONT_FAMILY } from '../styles';
import { anchorOf, figureGroup, sectionHeading, type ReportSection } from './section';

/** The scale polls the facilitator entered, each with its histogram, answer count and mean. */
export const polls: ReportSection = {
  id: 'polls',
  applies: (doc) => doc.polls.length > 0 || doc.choicePolls.length > 0 || doc.textPolls.length > 0 || Object.values(doc.dotVotes).some((n) => n > 0),
  render(ctx) {
    const figures = [...ctx.doc.polls.map((poll) => pollFigure(ctx, poll)), ...ctx.doc.choicePolls.map((poll) => choiceFigure(ctx, poll)), ...ctx.doc.textPolls.map((poll) => textFigure(ctx, poll))];
    return `<section aria-labelledby="${anchorOf('polls')}">${sectionHeading(ctx, 'polls')}${figures.join('\n')}${dotVoting(ctx)}</section>`;
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
  const ends = poll.lowLabel || poll.highLabel ? `<p class="muted">${esc(ctx.fill(room[ctx.lang].report.ends, { min: poll.scaleMin, low: poll.lowLabel ?? '', max: poll.scaleMax, high: poll.highLabel ?? '' }))}</p>` : '';
  return `<div class="poll">
<h2>${esc(question)}</h2>
${item ? `<p class="muted">${ctx.fill(ctx.s.actions.originAgenda, { title: esc(item.title.trim() || ctx.s.agenda.kinds[item.kind]) })}</p>` : ''}
${figureGroup('histogram', histogramSvg(stats, label, REPORT_FONT_FAMILY) + ends, `${facts}${poll.fromRoom ? ` · ${room[ctx.lang].report.fromRoom}` : ''}`)}
</div>`;
}

function agendaLine(ctx: ReportContext, agendaItemId: string | null): string {
  const item = agendaItemId ? ctx.doc.agenda.items.find((it) => it.id === agendaItemId) : undefined;
  return item ? `<p class="muted">${ctx.fill(ctx.s.actions.originAgenda, { title: esc(item.title.trim() || ctx.s.agenda.kinds[item.kind]) })}</p>` : '';
}

/** A multiple-choice poll from the room: each option with how many chose it. */
function choiceFigure(ctx: ReportContext, poll: ChoicePoll): string {
  const r = room[ctx.lang].report;
  const question = poll.question.trim() || ctx.s.document.none;
  const answers = poll.options.reduce((sum, o) => sum + o.count, 0);
  const rows = poll.options.map((o) => `<tr><th scope="row">${esc(o.text)}</th><td class="num">${o.count}</td></tr>`).join('');
  return `<div class="poll">
<h2>${esc(question)}</h2>
${agendaLine(ctx, poll.agendaItemId)}
<table><caption>${esc(question)}</caption><thead><tr><th scope="col">${r.option}</th><th scope="col" class="num">${ctx.s.polls.count}</th></tr></thead><tbody>${rows}</tbody></table>
<p class="caption">${ctx.fill(ctx.s.polls.answers, { count: answers })} · ${r.fromRoom}</p>
</div>`;
}

/** Short answers from the room, as they came, without names. */
function textFigure(ctx: ReportContext, poll: TextPoll): string {
  const question = poll.question.trim() || ctx.s.document.none;
  const items = poll.answers.map((a) => `<li>${esc(a)}</li>`).join('');
  return `<div class="poll">
<h2>${esc(question)}</h2>
${agendaLine(ctx, poll.agendaItemId)}
${poll.answers.length > 0 ? `<ul>${items}</ul>` : `<p>${ctx.s.polls.noAnswers}</p>`}
<p class="caption">${ctx.fill(ctx.s.polls.answers, { count: poll.answers.length })} · ${room[ctx.lang].report.fromRoom}</p>
</div>`;
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
