import { describe, expect, it } from 'vitest';
import { Editor, type DocumentOrigin } from '../../../../renderer/editor/editor';
import {
  addAction,
  addDecision,
  addParticipant,
  addPoll,
  changeDotVotes,
  changePollCount,
  deleteDecision,
  markArrived,
  removeParticipant,
  setAttendance,
  setItemNotes,
  toggleSpoken,
  updateAction,
} from '../../../../renderer/editor/recordCommands';
import { newWorkshop } from '../../../../shared/model/defaults';
import { Workshop } from '../../../../shared/model/workshop';
import { addAgendaItem } from '../../../../renderer/editor/workshopCommands';

const unsaved: DocumentOrigin = { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null };
const editor = () => new Editor(newWorkshop(new Date('2026-11-21T08:00:00Z')), unsaved);
const anna = { name: 'Anna Lind', role: 'Case officer', email: '' };

describe('editing the workshop record', () => {
  it('"arrived now" marks the person present with the time, as one undo step', () => {
    const e = editor();
    const id = addParticipant(e, anna);
    markArrived(e, id, '09:07');
    expect(e.document.participants[0]).toMatchObject({ attendance: 'present', arrivedAt: '09:07' });
    e.undo();
    expect(e.document.participants[0]).toMatchObject({ attendance: null, arrivedAt: null });
  });

  it('someone marked absent loses the arrival time', () => {
    const e = editor();
    const id = addParticipant(e, anna);
    markArrived(e, id, '09:07');
    setAttendance(e, id, 'absent');
    expect(e.document.participants[0]).toMatchObject({ attendance: 'absent', arrivedAt: null });
  });

  it('removing a participant also removes them from round the table', () => {
    const e = editor();
    const item = addAgendaItem(e);
    const id = addParticipant(e, anna);
    toggleSpoken(e, item, id);
    expect(e.document.roundTable[item]).toEqual([id]);
    removeParticipant(e, id);
    expect(e.document.roundTable[item]).toEqual([]);
  });

  it('a status change of an action is its own undo step', () => {
    const e = editor();
    const id = addAction(e, { what: 'Checklist', owner: 'Anna Lind', dueDate: '2026-12-01', origin: null });
    updateAction(e, id, { status: 'inProgress' });
    updateAction(e, id, { status: 'done' });
    e.undo();
    expect(e.document.actions[0]!.status).toBe('inProgress');
  });

  it('deleting a decision keeps the actions that came out of it, without the origin', () => {
    const e = editor();
    const decision = addDecision(e, 'Shared inbox', null);
    addAction(e, { what: 'Set up the inbox', owner: '', dueDate: null, origin: { kind: 'decision', decisionId: decision } });
    deleteDecision(e, decision);
    expect(e.document.actions[0]!.origin).toBeNull();
  });

  it('poll counts go up and down but never below zero', () => {
    const e = editor();
    const poll = addPoll(e, 'How well does the flow work?', null);
    changePollCount(e, poll, 5, 1);
    changePollCount(e, poll, 5, 1);
    changePollCount(e, poll, 2, -1);
    expect(e.document.polls[0]!.counts).toEqual([0, 0, 0, 0, 2, 0]);
  });

  it('dot votes are kept per sticky and a sticky at zero dots is dropped from the file', () => {
    const e = editor();
    changeDotVotes(e, 'sticky-1', 1);
    changeDotVotes(e, 'sticky-1', 1);
    changeDotVotes(e, 'sticky-2', 1);
    changeDotVotes(e, 'sticky-2', -1);
    expect(e.document.dotVotes).toEqual({ 'sticky-1': 2 });
  });

  it('empty notes are not stored, and the document stays a valid workshop', () => {
    const e = editor();
    const item = addAgendaItem(e);
    setItemNotes(e, item, 'We agreed to measure first.');
    setItemNotes(e, item, '');
    expect(e.document.itemNotes).toEqual({});
    expect(Workshop.safeParse(e.document).success).toBe(true);
  });
});
