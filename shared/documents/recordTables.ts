import { minutesLate } from '../record/attendance';
import { rankDotVotes, stickiesOf } from '../record/dotVotes';
import { isOverdue } from '../record/overdue';
import { pollStats } from '../record/polls';
import { exchange } from '../i18n/areas/exchange';
import type { Workshop } from '../model/workshop';
import { createContext, type ReportContext } from '../report/context';
import { ReportOptions, type ReportOptionsInput } from '../report/options';
import { actionOrigin } from '../report/sections/actions';

/**
 * The record's lists as plain tables — actions, attendance, polls, dot votes — in the report's
 * words and language, with typed cells, so the CSV and the Excel workbook are written from one
 * description and a spreadsheet gets numbers and dates it can sort and sum.
 */
export type Cell = { text: string } | { number: number } | { date: string } | null;

export const RecordTableId = ['actions', 'attendance', 'polls', 'dotVotes'] as const;
export type RecordTableId = (typeof RecordTableId)[number];

export interface RecordTable {
  id: RecordTableId;
  /** The sheet's name in a workbook (and the table's heading). */
  title: string;
  columns: { label: string; width: number }[];
  rows: Cell[][];
}

const text = (value: string): Cell => (value === '' ? null : { text: value });
const num = (value: number | null): Cell => (value === null ? null : { number: value });
const date = (value: string | null): Cell => (value === null ? null : { date: value });

function actionsTable(ctx: ReportContext): RecordTable {
  const { s, doc } = ctx;
  const a = s.actions;
  const x = exchange[ctx.lang].tables;
  return {
    id: 'actions',
    title: s.sections.actions,
    columns: [
      { label: '#', width: 5 },
      { label: a.what, width: 50 },
      { label: a.owner, width: 22 },
      { label: a.due, width: 12 },
      { label: a.status, width: 14 },
      { label: x.overdue, width: 10 },
      { label: a.origin, width: 30 },
      { label: x.carried, width: 14 },
    ],
    rows: doc.actions.map((action, i) => [
      num(i + 1),
      text(action.what),
      text(action.owner.trim()),
      date(action.dueDate),
      text(a.statuses[action.status]),
      text(isOverdue(action, ctx.options.today) ? s.document.yes : ''),
      text(actionOrigin(ctx, action) ?? ''),
      text(action.carriedFrom ? s.document.yes : ''),
    ]),
  };
}

function attendanceTable(ctx: ReportContext): RecordTable {
  const { s, doc } = ctx;
  const a = s.attendance;
  const x = exchange[ctx.lang].tables;
  const yesNo = (value: boolean | null) => (value === null ? null : text(value ? s.document.yes : s.document.no));
  return {
    id: 'attendance',
    title: s.sections.attendance,
    columns: [
      { label: a.name, width: 26 },
      { label: a.role, width: 24 },
      { label: x.email, width: 30 },
      { label: a.status, width: 16 },
      { label: a.arrived, width: 10 },
      { label: x.minutesLate, width: 12 },
      { label: a.prepared, width: 12 },
    ],
    rows: doc.participants.map((p) => [
      text(p.name),
      text(p.role),
      text(p.email.trim()),
      text(p.attendance === null ? a.notRecorded : a[p.attendance]),
      text(p.attendance === 'present' && p.arrivedAt ? p.arrivedAt : ''),
      num(minutesLate(p, doc.header.startTime)),
      yesNo(p.prepared),
    ]),
  };
}

/** One row per poll; a column per scale value used by any poll, empty where a poll's scale has no such value. */
function pollsTable(ctx: ReportContext): RecordTable {
  const { s, doc } = ctx;
  const x = exchange[ctx.lang].tables;
  const values = [...new Set(doc.polls.flatMap((poll) => poll.counts.map((_, i) => poll.scaleMin + i)))].sort((a, b) => a - b);
  return {
    id: 'polls',
    title: x.polls,
    columns: [
      { label: x.question, width: 44 },
      { label: s.agenda.item, width: 28 },
      { label: x.answers, width: 10 },
      { label: x.mean, width: 10 },
      ...values.map((value) => ({ label: String(value), width: 6 })),
    ],
    rows: doc.polls.map((poll) => {
      const stats = pollStats(poll);
      const item = poll.agendaItemId ? doc.agenda.items.find((it) => it.id === poll.agendaItemId) : undefined;
      return [
        text(poll.question.trim()),
        text(item ? item.title.trim() || s.agenda.kinds[item.kind] : ''),
        num(stats.answers),
        num(stats.mean === null ? null : Math.round(stats.mean * 100) / 100),
        ...values.map((value) => (value < poll.scaleMin || value > poll.scaleMax ? null : num(poll.counts[value - poll.scaleMin] ?? 0))),
      ];
    }),
  };
}

function dotVotesTable(ctx: ReportContext): RecordTable {
  const { s, doc } = ctx;
  const p = s.polls;
  const rows = rankDotVotes(doc.dotVotes, stickiesOf(doc)).filter((row) => row.votes > 0);
  return {
    id: 'dotVotes',
    title: p.dotVoting,
    columns: [
      { label: p.rank, width: 8 },
      { label: p.sticky, width: 50 },
      { label: p.board, width: 26 },
      { label: p.dots, width: 8 },
    ],
    rows: rows.map((row) => [num(row.rank), text(row.sticky ? row.sticky.text.trim() : p.removed), text(row.sticky?.boardName ?? ''), num(row.votes)]),
  };
}

const builders: Record<RecordTableId, (ctx: ReportContext) => RecordTable> = { actions: actionsTable, attendance: attendanceTable, polls: pollsTable, dotVotes: dotVotesTable };

/** The tables asked for, in the order asked, in the options' language and as of their `today`. */
export function recordTables(doc: Workshop, options: Pick<ReportOptionsInput, 'language' | 'today'>, ids: readonly RecordTableId[] = RecordTableId): RecordTable[] {
  const ctx = createContext(doc, ReportOptions.parse(options));
  return ids.map((id) => builders[id](ctx));
}
