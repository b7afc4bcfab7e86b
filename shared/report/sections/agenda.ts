import { planVsActual, type ItemActual } from '../../agenda/progress';
import { computeSchedule, type ScheduledItem } from '../../agenda/schedule';
import { catalogues } from '../../i18n';
import type { AgendaItem } from '../../model/agenda';
import type { ReportContext } from '../context';
import { agendaItemLabel, esc } from '../html';
import { anchorOf, sectionHeading, type ReportSection } from './section';

/**
 * The agenda as planned (clock times from shared/agenda/schedule.ts) beside what happened (the
 * run log, through shared/agenda/progress.ts), with the deviation per item.
 */
export const agenda: ReportSection = {
  id: 'agenda',
  applies: () => true,
  render(ctx) {
    const { doc, s } = ctx;
    const g = s.agenda;
    const items = doc.agenda.items;
    const head = `<section aria-labelledby="${anchorOf('agenda')}">${sectionHeading(ctx, 'agenda')}`;
    if (items.length === 0) return `${head}<p class="empty">${g.none}</p></section>`;
    const schedule = computeSchedule(doc.header.startTime, items);
    const ran = doc.run.startedAt !== null;
    // An unfinished run is read when the report is made (an item running now is shown running, with
    // its time so far), or at the run log's last moment when the report is not told the time.
    const clock = Date.parse(doc.run.finishedAt ?? ctx.options.now ?? lastInstant(doc.run) ?? doc.run.startedAt ?? '1970-01-01T00:00:00Z');
    const actuals = ran ? planVsActual(doc.run, items, clock) : null;
    const byId = new Map(schedule?.items.map((it) => [it.id, it]) ?? []);
    const rows = items.map((item, i) => row(ctx, item, i, byId.get(item.id) ?? null, actuals?.items[i] ?? null)).join('');
    const notes: string[] = [];
    if (!schedule) notes.push(g.noStart);
    if (!ran) notes.push(g.notRunAtAll);
    if (ran && schedule && actuals) {
      const starts = actuals.items.map((a) => a.actualStart).filter((x): x is number => x !== null);
      const ends = actuals.items.map((a) => a.actualEnd).filter((x): x is number => x !== null);
      const actualEnd = doc.run.finishedAt ? Date.parse(doc.run.finishedAt) : ends.length > 0 ? Math.max(...ends) : null;
      if (starts.length > 0 && actualEnd !== null) {
        notes.push(
          ctx.fill(g.summaryRun, {
            plannedStart: ctx.clock(schedule.items[0]!.start),
            plannedEnd: ctx.clock(schedule.end),
            actualStart: ctx.instant(Math.min(...starts)),
            actualEnd: ctx.instant(actualEnd),
          }),
        );
      }
      if (actuals.pausedMinutes >= 1) notes.push(ctx.fill(g.paused, { count: Math.round(actuals.pausedMinutes) }));
    }
    const total = actuals
      ? `<tfoot><tr><th scope="row" colspan="3">${g.total}</th><td class="num">${ctx.fill(g.minutes, { count: actuals.plannedMinutes })}</td><td></td><td class="num">${ctx.fill(g.minutes, { count: Math.round(actuals.actualMinutes) })}</td><td class="num">${deviation(ctx, actuals.deviationMinutes)}</td></tr></tfoot>`
      : `<tfoot><tr><th scope="row" colspan="3">${g.total}</th><td class="num">${ctx.fill(g.minutes, { count: items.reduce((n, it) => n + it.plannedMinutes, 0) })}</td></tr></tfoot>`;
    const actualCols = actuals ? `<th scope="col">${g.actual}</th><th scope="col" class="num">${g.actualMinutes}</th><th scope="col" class="num">${g.deviation}</th>` : '';
    return `${head}
${notes.map((n) => `<p class="summary">${n}</p>`).join('')}
<table class="agenda">
<caption>${g.caption}</caption>
<thead><tr><th scope="col">${g.planned}</th><th scope="col">${g.item}</th><th scope="col">${g.owner}</th><th scope="col" class="num">${g.plannedMinutes}</th>${actualCols}</tr></thead>
<tbody>${rows}</tbody>
${total}
</table></section>`;
  },
};

function row(ctx: ReportContext, item: AgendaItem, index: number, planned: ScheduledItem | null, actual: ItemActual | null): string {
  const { s } = ctx;
  const g = s.agenda;
  const plannedTime = planned ? `${ctx.clock(planned.start)}–${ctx.clock(planned.end)}` : s.document.none;
  let actualCells = '';
  if (actual) {
    const running = catalogues[ctx.lang].run.plan.running;
    const ranAt = actual.actualStart === null ? g.notRun : `${ctx.instant(actual.actualStart)}–${actual.actualEnd === null ? (actual.inProgress ? running : '') : ctx.instant(actual.actualEnd)}`;
    const extended = actual.extensionMinutes !== 0 ? `<br><span class="muted">${ctx.fill(g.extended, { count: actual.extensionMinutes })}</span>` : '';
    actualCells = `<td class="num">${ranAt}${extended}</td><td class="num">${actual.actualStart === null ? s.document.none : ctx.fill(g.minutes, { count: Math.round(actual.actualMinutes) })}</td><td class="num">${actual.deviationMinutes === null ? s.document.none : deviation(ctx, actual.deviationMinutes)}</td>`;
  }
  return `<tr class="kind-${item.kind}"><td class="num">${plannedTime}</td><th scope="row">${index + 1}. ${agendaItemLabel(item, g.kinds)}</th><td>${esc(item.owner) || s.document.none}</td><td class="num">${ctx.fill(g.minutes, { count: item.plannedMinutes })}</td>${actualCells}</tr>`;
}

/** "+7 min" (over, marked), "−3 min" (under), "As planned" within half a minute. */
function deviation(ctx: ReportContext, minutes: number): string {
  const g = ctx.s.agenda;
  const rounded = Math.round(minutes);
  if (rounded === 0) return g.asPlanned;
  if (rounded > 0) return `<span class="mark warn">${ctx.fill(g.over, { count: rounded })}</span>`;
  return ctx.fill(g.under, { count: -rounded });
}

function lastInstant(run: { visits: { startedAt: string; endedAt: string | null }[] }): string | null {
  const last = run.visits.at(-1);
  return last ? (last.endedAt ?? last.startedAt) : null;
}
