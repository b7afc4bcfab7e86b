import { minutesLate, summarizeAttendance } from '../../record/attendance';
import type { Participant } from '../../model/record';
import type { ReportContext } from '../context';
import { esc } from '../html';
import { anchorOf, sectionHeading, type ReportSection } from './section';

/** Who was invited, who came, who came late and who came prepared. */
export const attendance: ReportSection = {
  id: 'attendance',
  applies: () => true,
  render(ctx) {
    const { doc, s } = ctx;
    const a = s.attendance;
    if (doc.participants.length === 0) {
      return `<section aria-labelledby="${anchorOf('attendance')}">${sectionHeading(ctx, 'attendance')}<p class="empty">${a.none}</p></section>`;
    }
    const start = doc.header.startTime;
    const sum = summarizeAttendance(doc.participants, start);
    const summary = ctx.fill(a.summary, { present: sum.present, invited: sum.invited, absent: sum.absent, excused: sum.excused, late: sum.late, prepared: sum.prepared });
    const rows = doc.participants.map((p) => row(ctx, p, start)).join('');
    return `<section aria-labelledby="${anchorOf('attendance')}">${sectionHeading(ctx, 'attendance')}
<p class="summary">${summary}</p>
<table class="attendance">
<caption>${a.caption}</caption>
<thead><tr><th scope="col">${a.name}</th><th scope="col">${a.role}</th><th scope="col">${a.status}</th><th scope="col">${a.arrived}</th><th scope="col">${a.punctuality}</th><th scope="col">${a.prepared}</th></tr></thead>
<tbody>${rows}</tbody>
</table></section>`;
  },
};

function row(ctx: ReportContext, p: Participant, start: string | null): string {
  const { s } = ctx;
  const a = s.attendance;
  const status = p.attendance === null ? a.notRecorded : a[p.attendance];
  const late = minutesLate(p, start);
  const punctuality = late === null ? s.document.none : late > 0 ? `<span class="mark warn">${ctx.fill(a.lateBy, { minutes: late })}</span>` : a.onTime;
  const prepared = p.prepared === null ? s.document.none : p.prepared ? s.document.yes : s.document.no;
  const arrived = p.attendance === 'present' && p.arrivedAt ? ctx.clock(Number(p.arrivedAt.slice(0, 2)) * 60 + Number(p.arrivedAt.slice(3))) : s.document.none;
  return `<tr class="att-${p.attendance ?? 'none'}"><th scope="row">${esc(p.name)}</th><td>${esc(p.role) || s.document.none}</td><td><span class="dot dot-${p.attendance ?? 'none'}" aria-hidden="true"></span>${status}</td><td class="num">${arrived}</td><td>${punctuality}</td><td>${prepared}</td></tr>`;
}
