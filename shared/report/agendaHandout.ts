import { computeSchedule } from '../agenda/schedule';
import { localeTag } from '../i18n/format';
import type { Workshop } from '../model/workshop';
import type { BuiltReport, ReportAssets, ReportMetadata } from './buildReport';
import { createContext } from './context';
import { fontFaceCss } from './fonts';
import { agendaItemLabel, esc, paragraphs } from './html';
import { ReportOptions, type ReportOptionsInput } from './options';
import { reportCss } from './styles';
import { REPORT_CONTENT_SECURITY_POLICY } from '../csp';

/**
 * The agenda alone, on one page, to send out before the meeting: what, when (clock times from
 * the plan), who leads each item, and the purpose — so people can come prepared.
 */
export function buildAgendaHandout(doc: Workshop, optionsInput: ReportOptionsInput, assets: ReportAssets): BuiltReport {
  const options = ReportOptions.parse(optionsInput);
  const ctx = createContext(doc, options, []);
  const { s } = ctx;
  const g = s.agenda;
  const h = doc.header;
  const schedule = computeSchedule(h.startTime, doc.agenda.items);
  const byId = new Map(schedule?.items.map((it) => [it.id, it]) ?? []);
  const facts: [string, string][] = [];
  if (h.date) facts.push([s.cover.date, ctx.date(h.date)]);
  if (schedule && schedule.items.length > 0) facts.push([s.cover.time, ctx.fill(s.cover.timeRange, { start: ctx.clock(schedule.items[0]!.start), end: ctx.clock(schedule.end) })]);
  if (h.place.trim()) facts.push([s.cover.place, esc(h.place)]);
  if (h.facilitator.trim()) facts.push([s.cover.facilitator, esc(h.facilitator)]);
  const rows = doc.agenda.items
    .map((item, i) => {
      const at = byId.get(item.id);
      const note = item.notes.trim() ? `<span class="item-note">${esc(item.notes.trim()).replace(/\n/g, '<br>')}</span>` : '';
      return `<tr class="kind-${item.kind}"><td class="num">${at ? `${ctx.clock(at.start)}–${ctx.clock(at.end)}` : s.document.none}</td><th scope="row">${i + 1}. ${agendaItemLabel(item, g.kinds)}${note}</th><td>${esc(item.owner) || s.document.none}</td><td class="num">${ctx.fill(g.minutes, { count: item.plannedMinutes })}</td></tr>`;
    })
    .join('');
  const table =
    doc.agenda.items.length === 0
      ? `<p class="empty">${g.none}</p>`
      : `<table class="agenda"><caption>${g.handoutCaption}</caption>
<thead><tr><th scope="col">${s.cover.time}</th><th scope="col">${g.item}</th><th scope="col">${g.owner}</th><th scope="col" class="num">${g.plannedMinutes}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
  const date = h.date ? ctx.date(h.date) : '';
  const metadata: ReportMetadata = {
    title: `${ctx.title} – ${s.document.agendaKind}`,
    author: h.facilitator.trim(),
    subject: date ? `${s.document.agendaKind}, ${date}` : s.document.agendaKind,
    language: localeTag[ctx.lang],
    keywords: ['Verkstad', s.document.agendaKind],
    outline: [ctx.title],
  };
  const running = { header: date ? `${ctx.title} · ${date}` : ctx.title, kind: s.document.agendaKind, pageOf: s.document.pageOf, footer: ctx.fill(s.document.madeWith, { date: ctx.date(options.today) }) };
  const html = `<!doctype html>
<html lang="${metadata.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<title>${esc(metadata.title)}</title>
<meta name="author" content="${esc(metadata.author)}">
<meta name="description" content="${esc(metadata.subject)}">
<style>
${fontFaceCss(assets.fonts)}
${reportCss(options.paper, running)}
@page :first { @top-left { content: none; } @top-right { content: none; } }
</style>
</head>
<body>
<main class="handout sheet">
<p class="kind label">${s.document.agendaKind}</p>
<h1 class="title">${esc(ctx.title)}</h1>
${facts.length > 0 ? `<dl class="facts">${facts.map(([k, v]) => `<div class="fact"><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>` : ''}
${h.purpose.trim() ? `<p class="label">${s.cover.purpose}</p>${paragraphs(h.purpose)}` : ''}
${schedule ? '' : `<p class="muted">${g.noStart}</p>`}
${table}
<p class="muted">${g.handoutIntro}</p>
</main>
</body>
</html>`;
  return { html, metadata, sections: ['agenda'] };
}
