import { columnLoad, columns as cardColumns, cardNumbers, cardTitle } from '../../improvement/board';
import { drawImprovementBoard } from '../../improvement/draw';
import { GOAL_BOARD_SIZE, drawGoalBoard, goalTextOf } from '../../kpi/goalBoard';
import { duePeriod } from '../../kpi/periods';
import { isUpdated, kpiStatus, latestPoint, type KpiStatus } from '../../kpi/status';
import { kpiTrend } from '../../kpi/trend';
import { boardWords, type BoardWords } from '../../kpi/words';
import type { Kpi, TeamBoards, Workshop } from '../../model/workshop';
import { printTheme } from '../boardImage';
import { boardPrimitivesSvg } from '../boardSvg';
import type { ReportContext } from '../context';
import { esc, num } from '../html';
import type { Primitive } from '../../shapes/primitives';
import { anchorOf, sectionHeading, type ReportSection } from './section';

/**
 * The board meeting in the record: the KPI review and the improvement work as tables in the flow
 * of the minutes (readable by a screen reader in the tagged PDF), and the goal board and the
 * improvement board each as one A3 landscape page, drawn as vectors from the same primitives as
 * the screen and the projector.
 */
const hasBoards = (doc: Workshop): doc is Workshop & { teamBoards: TeamBoards } => doc.teamBoards !== null;
const marker: Record<KpiStatus, string> = { green: '●', yellow: '▲', red: '■', none: '–' };

const meetingDate = (ctx: ReportContext) => ctx.doc.header.date ?? ctx.options.today;

export const kpis: ReportSection = {
  id: 'kpis',
  applies: hasBoards,
  render(ctx) {
    const w = boardWords(ctx.lang);
    const { t } = w;
    const board = ctx.doc.teamBoards!.goalBoard;
    const head = `<section aria-labelledby="${anchorOf('kpis')}">${sectionHeading(ctx, 'kpis')}`;
    if (board.kpis.length === 0) return `${head}<p class="empty">${esc(t('teamBoards.report.noKpis'))}</p></section>`;
    const counts = { red: 0, yellow: 0, green: 0, none: 0 };
    for (const kpi of board.kpis) counts[kpiStatus(kpi)]++;
    const summary = t('teamBoards.report.summary', { count: board.kpis.length, ...counts });
    const rows = board.kpis.map((kpi) => kpiRow(ctx, w, kpi)).join('');
    return `${head}<p class="summary">${esc(summary)}</p>
<table class="kpis">
<thead><tr><th scope="col">${esc(t('teamBoards.report.kpi'))}</th><th scope="col">${esc(t('teamBoards.report.latest'))}</th><th scope="col">${esc(t('teamBoards.report.target'))}</th><th scope="col">${esc(t('teamBoards.report.status'))}</th><th scope="col">${esc(t('teamBoards.report.trend'))}</th><th scope="col">${esc(t('teamBoards.report.comment'))}</th></tr></thead>
<tbody>${rows}</tbody>
</table></section>`;
  },
};

function kpiRow(ctx: ReportContext, w: BoardWords, kpi: Kpi): string {
  const { t } = w;
  const board = ctx.doc.teamBoards!.goalBoard;
  const unit = (v: number) => `${w.number(v)}${kpi.unit ? ` ${kpi.unit}` : ''}`;
  const latest = latestPoint(kpi);
  const status = kpiStatus(kpi);
  const trend = kpiTrend(kpi);
  const entry = latest ? kpi.entries.find((e) => e.period === latest.period) : undefined;
  const date = meetingDate(ctx);
  const stale = isUpdated(kpi, date) ? '' : `<br><span class="mark warn">${esc(t('teamBoards.report.notUpdated', { period: w.period(duePeriod(date, kpi.period)) }))}</span>`;
  const goal = goalTextOf(board, kpi);
  const area = board.areas.find((a) => a.id === kpi.areaId)?.name;
  const sub = [area, goal].filter(Boolean).map((s) => esc(s!)).join(' · ');
  const actions = ctx.doc.actions.filter((a) => a.kpiId === kpi.id && a.status !== 'done');
  const actionText = actions.map((a) => `<br><span class="muted">→ ${esc(a.what)} (${esc(a.owner || ctx.s.actions.noOwner)}${a.dueDate ? `, ${ctx.date(a.dueDate)}` : ''})</span>`).join('');
  const target = kpi.target === null ? esc(t('teamBoards.tile.noTarget')) : esc(`${kpi.direction === 'higher' ? '≥' : '≤'} ${unit(kpi.target)}${kpi.tolerance !== 0 ? ` (±${w.number(Math.abs(kpi.tolerance))})` : ''}`);
  return `<tr><th scope="row">${esc(kpi.name || '—')}${sub ? `<br><span class="muted">${sub}</span>` : ''}</th><td class="num">${latest ? `${esc(unit(latest.value))}<br><span class="muted">${esc(w.period(latest.period))}</span>` : esc(t('teamBoards.tile.noValue'))}${stale}</td><td class="num">${target}</td><td><span class="kpi-status kpi-${status}">${marker[status]} ${esc(t(`teamBoards.status.${status}`))}</span></td><td>${esc(t(`teamBoards.trend.${trend ?? 'none'}`))}</td><td>${esc(entry?.comment ?? '')}${actionText}</td></tr>`;
}

export const improvements: ReportSection = {
  id: 'improvements',
  applies: hasBoards,
  render(ctx) {
    const { t } = boardWords(ctx.lang);
    const board = ctx.doc.teamBoards!.improvementBoard;
    const head = `<section aria-labelledby="${anchorOf('improvements')}">${sectionHeading(ctx, 'improvements')}`;
    if (board.cards.length === 0) return `${head}<p class="empty">${esc(t('teamBoards.report.noCards'))}</p></section>`;
    const count = Object.fromEntries(cardColumns.map((c) => [c, board.cards.filter((card) => card.column === c).length]));
    const over = cardColumns.filter((c) => columnLoad(board, c).over.length > 0).map((c) => t(`teamBoards.improvement.columns.${c}`));
    const numbers = cardNumbers(board);
    const kpiName = (id: string | null) => (id ? ctx.doc.teamBoards!.goalBoard.kpis.find((k) => k.id === id)?.name : undefined);
    const rows = cardColumns
      .flatMap((column) => board.cards.filter((c) => c.column === column))
      .map((card) => {
        const kpi = kpiName(card.kpiId);
        const detail = [card.idea.trim() && card.problem.trim() ? `${t('teamBoards.improvement.card.problem')}: ${card.problem}` : '', kpi ? `→ ${kpi}` : ''].filter(Boolean).map(esc).join('<br>');
        const state = card.column === 'inProgress' && card.pdsa ? `${t(`teamBoards.improvement.columns.${card.column}`)} · ${t('teamBoards.improvement.pdsaLabel')}: ${t(`teamBoards.improvement.pdsa.${card.pdsa}`)}` : t(`teamBoards.improvement.columns.${card.column}`);
        return `<tr><td class="num">${numbers.get(card.id)}</td><th scope="row">${esc(cardTitle(card) || t('teamBoards.improvement.card.untitled'))}${detail ? `<br><span class="muted">${detail}</span>` : ''}</th><td>${esc(state)}${card.size === 'project' ? `<br><span class="muted">${esc(t('teamBoards.improvement.sizes.project'))}</span>` : ''}</td><td>${esc(card.suggestedBy)}</td><td>${esc(card.effect)}</td></tr>`;
      })
      .join('');
    return `${head}<p class="summary">${esc(t('teamBoards.report.cardSummary', count))}${over.length > 0 ? ` <span class="mark warn">${esc(t('teamBoards.report.overLimit', { columns: over.join(', ') }))}</span>` : ''}</p>
<table class="cards">
<thead><tr><th scope="col" class="num">#</th><th scope="col">${esc(t('teamBoards.report.card'))}</th><th scope="col">${esc(t('teamBoards.report.column'))}</th><th scope="col">${esc(t('teamBoards.report.who'))}</th><th scope="col">${esc(t('teamBoards.report.effect'))}</th></tr></thead>
<tbody>${rows}</tbody>
</table></section>`;
  },
};

/** One A3 landscape page with a board drawing on it. */
function boardPage(ctx: ReportContext, id: 'goalBoard' | 'improvementBoard', primitives: Primitive[], alt: string, caption: string): string {
  const { w, h } = GOAL_BOARD_SIZE;
  const team = ctx.doc.teamBoards!.team.trim();
  const svg = `<svg class="team-board-drawing" role="img" aria-label="${esc(alt)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(w)} ${num(h)}" width="${num(w)}" height="${num(h)}" preserveAspectRatio="xMidYMid meet">
${boardPrimitivesSvg(primitives, printTheme)}
</svg>`;
  return `<section class="team-board-page sheet a3-landscape" aria-labelledby="${anchorOf(id)}"><h1 id="${anchorOf(id)}" class="team-board-title">${esc(ctx.s.sections[id])}${team ? ` – ${esc(team)}` : ''}</h1><figure class="team-board">${svg}<figcaption>${esc(caption)}</figcaption></figure></section>`;
}

export const goalBoardPage: ReportSection = {
  id: 'goalBoard',
  ownPages: true,
  applies: hasBoards,
  render(ctx) {
    const w = boardWords(ctx.lang);
    const boards = ctx.doc.teamBoards!;
    const counts = { red: 0, yellow: 0, green: 0, none: 0 };
    for (const kpi of boards.goalBoard.kpis) counts[kpiStatus(kpi)]++;
    const team = boards.team.trim() || w.t('teamBoards.board.untitledTeam');
    const alt = w.t('teamBoards.board.alt', { team, count: boards.goalBoard.kpis.length, ...counts });
    const primitives = drawGoalBoard(boards.goalBoard, printTheme, { team: boards.team, words: w, meetingDate: meetingDate(ctx) });
    return boardPage(ctx, 'goalBoard', primitives, alt, w.t('teamBoards.report.boardCaption'));
  },
};

export const improvementBoardPage: ReportSection = {
  id: 'improvementBoard',
  ownPages: true,
  applies: hasBoards,
  render(ctx) {
    const w = boardWords(ctx.lang);
    const boards = ctx.doc.teamBoards!;
    const count = Object.fromEntries(cardColumns.map((c) => [c, boards.improvementBoard.cards.filter((card) => card.column === c).length]));
    const team = boards.team.trim() || w.t('teamBoards.board.untitledTeam');
    const alt = w.t('teamBoards.improvement.alt', { team, ...count });
    const kpiNames = new Map(boards.goalBoard.kpis.map((k) => [k.id, k.name]));
    const primitives = drawImprovementBoard(boards.improvementBoard, printTheme, { team: boards.team, words: w, kpiNames });
    return boardPage(ctx, 'improvementBoard', primitives, alt, w.t('teamBoards.report.improvementCaption'));
  },
};
