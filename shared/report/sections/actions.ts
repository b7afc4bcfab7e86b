import type { ActionItem } from '../../model/record';
import { isOverdue } from '../../record/overdue';
import type { ReportContext } from '../context';
import { esc } from '../html';
import { anchorOf, sectionHeading, type ReportSection } from './section';

/** Who does what by when: the action register as it stood when the report was made. */
export const actions: ReportSection = {
  id: 'actions',
  applies: () => true,
  render(ctx) {
    const { doc, s } = ctx;
    const a = s.actions;
    const head = `<section aria-labelledby="${anchorOf('actions')}">${sectionHeading(ctx, 'actions')}`;
    if (doc.actions.length === 0) return `${head}<p class="empty">${a.none}</p></section>`;
    const count = (status: ActionItem['status']) => doc.actions.filter((x) => x.status === status).length;
    const summary = ctx.fill(a.summary, { count: doc.actions.length, notStarted: count('notStarted'), inProgress: count('inProgress'), done: count('done') });
    return `${head}<p class="summary">${summary}</p>
<table class="actions">
<caption>${a.caption}</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">${a.what}</th><th scope="col">${a.owner}</th><th scope="col">${a.due}</th><th scope="col">${a.status}</th><th scope="col">${a.origin}</th></tr></thead>
<tbody>${doc.actions.map((action, i) => row(ctx, action, i)).join('')}</tbody>
</table></section>`;
  },
};

function row(ctx: ReportContext, action: ActionItem, index: number): string {
  const { s, doc } = ctx;
  const a = s.actions;
  const overdue = isOverdue(action, ctx.options.today);
  const due = action.dueDate ? ctx.date(action.dueDate) + (overdue ? ` <span class="mark warn">(${a.overdue})</span>` : '') : `<span class="muted">${a.noDue}</span>`;
  const carried = action.carriedFrom ? `<br><span class="muted">${a.carried}</span>` : '';
  return `<tr><td class="num">${index + 1}</td><th scope="row">${esc(action.what)}${carried}</th><td>${action.owner.trim() ? esc(action.owner) : `<span class="muted">${a.noOwner}</span>`}</td><td>${due}</td><td><span class="status status-${action.status}">${a.statuses[action.status]}</span></td><td>${origin(ctx, action) ?? s.document.none}</td></tr>`;

  function origin(c: ReportContext, x: ActionItem): string | null {
    const o = x.origin;
    if (!o) return null;
    if (o.kind === 'agendaItem') {
      const item = doc.agenda.items.find((it) => it.id === o.agendaItemId);
      return item ? c.fill(a.originAgenda, { title: esc(item.title.trim() || c.s.agenda.kinds[item.kind]) }) : null;
    }
    if (o.kind === 'board') {
      const board = doc.boards.find((b) => b.id === o.boardId);
      return board ? c.fill(a.originBoard, { name: esc(board.name.trim() || c.s.boards.untitled) }) : null;
    }
    const decision = doc.decisions.find((d) => d.id === o.decisionId);
    return decision ? c.fill(a.originDecision, { text: esc(shorten(decision.text, 80)) }) : null;
  }
}

function shorten(text: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
