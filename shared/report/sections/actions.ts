import type { ActionItem } from '../../model/record';
import { pluralOf } from '../../i18n/format';
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
    const summary = ctx.fill(pluralOf(a, 'summary', doc.actions.length, ctx.lang), { count: doc.actions.length, notStarted: count('notStarted'), inProgress: count('inProgress'), done: count('done') });
    return `${head}<p class="summary">${summary}</p>
<table class="actions">
<caption>${a.caption}</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">${a.what}</th><th scope="col">${a.owner}</th><th scope="col">${a.due}</th><th scope="col">${a.status}</th><th scope="col">${a.origin}</th></tr></thead>
<tbody>${doc.actions.map((action, i) => row(ctx, action, i)).join('')}</tbody>
</table></section>`;
  },
};

function row(ctx: ReportContext, action: ActionItem, index: number): string {
  const { s } = ctx;
  const a = s.actions;
  const overdue = isOverdue(action, ctx.options.today);
  const due = action.dueDate ? ctx.date(action.dueDate) + (overdue ? ` <span class="mark warn">(${a.overdue})</span>` : '') : `<span class="muted">${a.noDue}</span>`;
  const carried = action.carriedFrom ? `<br><span class="muted">${a.carried}</span>` : '';
  return `<tr><td class="num">${index + 1}</td><th scope="row">${esc(action.what)}${carried}</th><td>${action.owner.trim() ? esc(action.owner) : `<span class="muted">${a.noOwner}</span>`}</td><td>${due}</td><td><span class="status status-${action.status}">${a.statuses[action.status]}</span></td><td>${esc(actionOrigin(ctx, action) ?? s.document.none)}</td></tr>`;
}

/** Where an action came from, as plain text ("Agenda item: …"); null when it has no origin or the origin is gone. */
export function actionOrigin(ctx: Pick<ReportContext, 'doc' | 's' | 'fill'>, action: ActionItem): string | null {
  const { doc, s } = ctx;
  const a = s.actions;
  const o = action.origin;
  if (!o) return null;
  if (o.kind === 'agendaItem') {
    const item = doc.agenda.items.find((it) => it.id === o.agendaItemId);
    return item ? ctx.fill(a.originAgenda, { title: item.title.trim() || s.agenda.kinds[item.kind] }) : null;
  }
  if (o.kind === 'board') {
    const board = doc.boards.find((b) => b.id === o.boardId);
    return board ? ctx.fill(a.originBoard, { name: board.name.trim() || s.boards.untitled }) : null;
  }
  const decision = doc.decisions.find((d) => d.id === o.decisionId);
  return decision ? ctx.fill(a.originDecision, { text: shorten(decision.text, 80) }) : null;
}

function shorten(text: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
