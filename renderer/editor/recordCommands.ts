import { newActionItem } from '../../shared/model/defaults';
import { newId } from '../../shared/model/ids';
import type { ActionItem, Attendance, Decision, KnownPerson, Participant, ScalePoll } from '../../shared/model/workshop';
import { emptyCounts } from '../../shared/record/polls';
import type { Editor } from './editor';

/**
 * The edits of the workshop record, each one undo step. Typing in a field coalesces into one
 * step per field until it loses focus (the view calls `editor.seal()` on blur).
 */

export function addParticipant(editor: Editor, person: KnownPerson): string {
  const participant: Participant = { id: newId(), ...person, attendance: null, arrivedAt: null, prepared: null };
  editor.run('record.participant.add', (doc) => {
    doc.participants.push(participant);
  });
  return participant.id;
}

export function updateParticipant(editor: Editor, id: string, patch: Partial<Omit<Participant, 'id'>>): void {
  const keys = Object.keys(patch).sort().join(',');
  editor.run(
    'record.participant.update',
    (doc) => {
      const participant = doc.participants.find((p) => p.id === id);
      if (participant) Object.assign(participant, patch);
    },
    // Text fields coalesce while typing; a tap on attendance or "prepared" is a step of its own.
    { coalesceKey: keys === 'name' || keys === 'role' || keys === 'email' ? `participant.${id}.${keys}` : undefined },
  );
}

/** Present/absent/excused; someone no longer present loses their arrival time. */
export function setAttendance(editor: Editor, id: string, attendance: Attendance | null): void {
  editor.run('record.attendance', (doc) => {
    const participant = doc.participants.find((p) => p.id === id);
    if (!participant) return;
    participant.attendance = attendance;
    if (attendance !== 'present') participant.arrivedAt = null;
  });
}

/** "Arrived now": present, with the arrival time. */
export function markArrived(editor: Editor, id: string, clock: string): void {
  editor.run('record.arrived', (doc) => {
    const participant = doc.participants.find((p) => p.id === id);
    if (!participant) return;
    participant.attendance = 'present';
    participant.arrivedAt = clock;
  });
}

export function removeParticipant(editor: Editor, id: string): void {
  editor.run('record.participant.remove', (doc) => {
    doc.participants = doc.participants.filter((p) => p.id !== id);
    for (const key of Object.keys(doc.roundTable)) doc.roundTable[key] = (doc.roundTable[key] ?? []).filter((pid) => pid !== id);
  });
}

export type NewAction = Pick<ActionItem, 'what' | 'owner' | 'dueDate' | 'origin'>;

export function addAction(editor: Editor, action: NewAction): string {
  const item: ActionItem = newActionItem(action);
  editor.run('record.action.add', (doc) => {
    doc.actions.push(item);
  });
  return item.id;
}

export function updateAction(editor: Editor, id: string, patch: Partial<Omit<ActionItem, 'id'>>): void {
  const keys = Object.keys(patch).sort().join(',');
  editor.run(
    'record.action.update',
    (doc) => {
      const action = doc.actions.find((a) => a.id === id);
      if (action) Object.assign(action, patch);
    },
    { coalesceKey: keys === 'what' || keys === 'owner' ? `action.${id}.${keys}` : undefined },
  );
}

export function deleteAction(editor: Editor, id: string): void {
  editor.run('record.action.delete', (doc) => {
    doc.actions = doc.actions.filter((a) => a.id !== id);
  });
}

export function addDecision(editor: Editor, text: string, agendaItemId: string | null): string {
  const decision: Decision = { id: newId(), text, agendaItemId };
  editor.run('record.decision.add', (doc) => {
    doc.decisions.push(decision);
  });
  return decision.id;
}

export function updateDecision(editor: Editor, id: string, patch: Partial<Omit<Decision, 'id'>>): void {
  editor.run(
    'record.decision.update',
    (doc) => {
      const decision = doc.decisions.find((d) => d.id === id);
      if (decision) Object.assign(decision, patch);
    },
    { coalesceKey: 'text' in patch ? `decision.${id}.text` : undefined },
  );
}

export function deleteDecision(editor: Editor, id: string): void {
  editor.run('record.decision.delete', (doc) => {
    doc.decisions = doc.decisions.filter((d) => d.id !== id);
    // An action that came out of this decision keeps existing, without the dangling origin.
    for (const action of doc.actions) if (action.origin?.kind === 'decision' && action.origin.decisionId === id) action.origin = null;
  });
}

export function addParkingLotItem(editor: Editor, text: string): void {
  editor.run('record.parking.add', (doc) => {
    doc.parkingLot.push({ id: newId(), text, carriedFrom: null });
  });
}

export function updateParkingLotItem(editor: Editor, id: string, text: string): void {
  editor.run(
    'record.parking.update',
    (doc) => {
      const item = doc.parkingLot.find((p) => p.id === id);
      if (item) item.text = text;
    },
    { coalesceKey: `parking.${id}` },
  );
}

export function deleteParkingLotItem(editor: Editor, id: string): void {
  editor.run('record.parking.delete', (doc) => {
    doc.parkingLot = doc.parkingLot.filter((p) => p.id !== id);
  });
}

export function setItemNotes(editor: Editor, agendaItemId: string, text: string): void {
  editor.run(
    'record.notes',
    (doc) => {
      if (text === '') delete doc.itemNotes[agendaItemId];
      else doc.itemNotes[agendaItemId] = text;
    },
    { coalesceKey: `notes.${agendaItemId}` },
  );
}

export function toggleSpoken(editor: Editor, agendaItemId: string, participantId: string): void {
  editor.run('record.roundTable', (doc) => {
    const spoken = doc.roundTable[agendaItemId] ?? [];
    doc.roundTable[agendaItemId] = spoken.includes(participantId) ? spoken.filter((id) => id !== participantId) : [...spoken, participantId];
  });
}

export function resetRoundTable(editor: Editor, agendaItemId: string): void {
  editor.run('record.roundTable.reset', (doc) => {
    delete doc.roundTable[agendaItemId];
  });
}

export function addPoll(editor: Editor, question: string, agendaItemId: string | null, scaleMin = 1, scaleMax = 6): string {
  const poll: ScalePoll = { id: newId(), question, agendaItemId, scaleMin, scaleMax, counts: emptyCounts(scaleMin, scaleMax) };
  editor.run('record.poll.add', (doc) => {
    doc.polls.push(poll);
  });
  return poll.id;
}

export function updatePollQuestion(editor: Editor, id: string, question: string): void {
  editor.run(
    'record.poll.question',
    (doc) => {
      const poll = doc.polls.find((p) => p.id === id);
      if (poll) poll.question = question;
    },
    { coalesceKey: `poll.${id}.question` },
  );
}

/** One more (+1) or one fewer (−1) answered `value`; a count never goes below zero. */
export function changePollCount(editor: Editor, id: string, value: number, delta: 1 | -1): void {
  editor.run('record.poll.count', (doc) => {
    const poll = doc.polls.find((p) => p.id === id);
    const index = poll ? value - poll.scaleMin : -1;
    if (!poll || index < 0 || index >= poll.counts.length) return;
    poll.counts[index] = Math.max(0, (poll.counts[index] ?? 0) + delta);
  });
}

export function deletePoll(editor: Editor, id: string): void {
  editor.run('record.poll.delete', (doc) => {
    doc.polls = doc.polls.filter((p) => p.id !== id);
  });
}

export function changeDotVotes(editor: Editor, stickyId: string, delta: 1 | -1): void {
  editor.run('record.dotVote', (doc) => {
    const next = Math.max(0, (doc.dotVotes[stickyId] ?? 0) + delta);
    if (next === 0) delete doc.dotVotes[stickyId];
    else doc.dotVotes[stickyId] = next;
  });
}
