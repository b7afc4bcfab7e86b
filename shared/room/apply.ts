import type { Board } from '../model/board';
import { TeamBoards } from '../model/teamBoards';
import { newImprovementCard } from '../model/defaults';
import type { Participant } from '../model/record';
import type { Workshop } from '../model/workshop';
import { runningAgendaItemId } from '../record/runningItem';
import type { ActivityResult, RoomDevice, RoomIdea } from './status';

/**
 * How what the room sends lands in the workshop record. Pure functions that change a document in
 * place — an immer draft in the facilitator's editor (one undo step), a plain copy in the command
 * line — so both put results in exactly the same places: arrival times in attendance, polls with
 * the polls, dot votes on the stickies, ideas as stickies in an inbox area of the chosen board or
 * as suggestion cards in the improvement board's New column.
 */

/** A device that has checked in and should be marked present (not yet applied by the caller). */
export function checkInsOf(devices: readonly RoomDevice[]): Array<RoomDevice & { participantId: string; arrivedAt: string; name: string }> {
  return devices.filter((d): d is RoomDevice & { participantId: string; arrivedAt: string; name: string } => d.participantId !== null && d.arrivedAt !== null && d.name !== null);
}

/**
 * Marks each checked-in device's participant present with its arrival time; a typed name becomes a
 * new participant. Someone already marked present keeps the arrival the facilitator recorded.
 */
export function applyCheckIns(doc: Workshop, checkIns: ReturnType<typeof checkInsOf>): void {
  for (const checkIn of checkIns) {
    const participant = doc.participants.find((p) => p.id === checkIn.participantId);
    if (participant) {
      if (participant.attendance === 'present' && participant.arrivedAt !== null) continue;
      participant.attendance = 'present';
      participant.arrivedAt = checkIn.arrivedAt;
    } else if (checkIn.newParticipant) {
      const added: Participant = { id: checkIn.participantId, name: checkIn.name, role: '', email: '', attendance: 'present', arrivedAt: checkIn.arrivedAt, prepared: null };
      doc.participants.push(added);
    }
  }
}

export const INBOX_COLUMNS = 6;
const STICKY = 140;
const GAP = 20;
const HEADING_HEIGHT = 40;

export const inboxHeadingId = (activityId: string) => `room-inbox-${activityId}`;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The heading of the round's inbox: placed right of everything on the board when the first idea arrives. */
function inboxHeading(board: Board, activityId: string, heading: string): Box {
  const id = inboxHeadingId(activityId);
  const found = board.shapes.find((s) => s.id === id);
  if (found) return found;
  const right = board.shapes.reduce((max, s) => Math.max(max, s.x + s.w), Number.NEGATIVE_INFINITY);
  const top = board.shapes.reduce((min, s) => Math.min(min, s.y), Number.POSITIVE_INFINITY);
  const x = Number.isFinite(right) ? Math.round(right + 120) : 40;
  const y = Number.isFinite(top) ? Math.round(top) : 40;
  const w = INBOX_COLUMNS * (STICKY + GAP) - GAP;
  board.shapes.push({ id, type: 'text', x, y, w, h: HEADING_HEIGHT, text: heading, locked: false, props: { fontSize: 24, align: 'left' } });
  return { x, y, w, h: HEADING_HEIGHT };
}

/**
 * Each idea becomes a yellow sticky (its id is the idea's, so an idea is placed once) in the first
 * free place of the inbox grid under the heading: stickies the facilitator has moved away leave
 * room for the next ones. An idea for the improvement board (boardId null) becomes a suggestion
 * card at the end of its New column instead: the text as the idea, the sender's name (empty when
 * anonymous), the day it arrived. A document without team boards gets empty ones, so no idea is lost.
 */
export function applyIdeas(doc: Workshop, ideas: readonly RoomIdea[], heading: string): number {
  let placed = 0;
  for (const idea of ideas) {
    if (idea.boardId === null) {
      if (addSuggestion(doc, idea)) placed += 1;
      continue;
    }
    const board = doc.boards.find((b) => b.id === idea.boardId);
    if (!board || doc.boards.some((b) => b.shapes.some((s) => s.id === idea.id))) continue;
    const origin = inboxHeading(board, idea.activityId, heading);
    for (let slot = 0; ; slot += 1) {
      const box = {
        x: origin.x + (slot % INBOX_COLUMNS) * (STICKY + GAP),
        y: origin.y + HEADING_HEIGHT + GAP + Math.floor(slot / INBOX_COLUMNS) * (STICKY + GAP),
        w: STICKY,
        h: STICKY,
      };
      if (board.shapes.some((s) => s.id !== inboxHeadingId(idea.activityId) && overlaps(s, box))) continue;
      board.shapes.push({ id: idea.id, type: 'sticky', ...box, text: idea.text, locked: false, props: { color: 'yellow' } });
      placed += 1;
      break;
    }
  }
  return placed;
}

function addSuggestion(doc: Workshop, idea: RoomIdea): boolean {
  doc.teamBoards ??= TeamBoards.parse({ team: '', goalBoard: {}, improvementBoard: {} });
  const cards = doc.teamBoards.improvementBoard.cards;
  if (cards.some((c) => c.id === idea.id)) return false;
  // After the last card of the New column, so the column keeps the order ideas arrived in.
  const lastNew = cards.findLastIndex((c) => c.column === 'new');
  cards.splice(lastNew + 1, 0, newImprovementCard(idea.id, { idea: idea.text, suggestedBy: idea.by ?? '', suggestedOn: idea.sentOn }));
  return true;
}

/**
 * What a closed activity came to, into the record: a poll with the polls (tied to the agenda item
 * running now), dot votes added to the stickies' tallies, ideas as stickies.
 */
export function applyActivityResult(doc: Workshop, result: ActivityResult, inboxHeadingText: string): void {
  const activity = result.activity;
  const agendaItemId = runningAgendaItemId(doc);
  if (result.kind === 'poll' && activity.kind === 'poll') {
    const { live } = result;
    const poll = activity.poll;
    if (poll.type === 'scale' && live.kind === 'scale') {
      doc.polls = doc.polls.filter((p) => p.id !== activity.id);
      doc.polls.push({
        id: activity.id,
        question: activity.question,
        agendaItemId,
        scaleMin: poll.min,
        scaleMax: poll.max,
        counts: [...live.counts],
        lowLabel: poll.lowLabel,
        highLabel: poll.highLabel,
        fromRoom: true,
      });
    } else if (poll.type === 'choice' && live.kind === 'choice') {
      doc.choicePolls = doc.choicePolls.filter((p) => p.id !== activity.id);
      doc.choicePolls.push({ id: activity.id, question: activity.question, agendaItemId, options: poll.options.map((text, i) => ({ text, count: live.counts[i] ?? 0 })) });
    } else if (poll.type === 'text' && live.kind === 'text') {
      doc.textPolls = doc.textPolls.filter((p) => p.id !== activity.id);
      doc.textPolls.push({ id: activity.id, question: activity.question, agendaItemId, answers: [...live.texts] });
    }
  } else if (result.kind === 'dots') {
    for (const [stickyId, votes] of Object.entries(result.votes)) {
      if (votes > 0) doc.dotVotes[stickyId] = (doc.dotVotes[stickyId] ?? 0) + votes;
    }
  } else if (result.kind === 'ideas') {
    applyIdeas(doc, result.ideas, inboxHeadingText);
  }
}
