import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../../../../shared/model/defaults';
import { Editor, type DocumentOrigin } from '../../../../renderer/editor/editor';
import { addAgendaItem, deleteAgendaItem, moveAgendaItem, setHeaderField, updateAgendaItem } from '../../../../renderer/editor/workshopCommands';

const unsaved: DocumentOrigin = { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null };
const stamp = { mtimeMs: 1, size: 2, sha256: 'a'.repeat(64) };

function editor(origin: DocumentOrigin = unsaved) {
  return new Editor(newWorkshop(new Date('2026-11-21T08:00:00Z')), origin);
}

describe('the headless editor', () => {
  it('starts clean with nothing to undo', () => {
    const e = editor();
    expect(e.dirty).toBe(false);
    expect(e.canUndo).toBe(false);
  });

  it('undoes and redoes adding an agenda item', () => {
    const e = editor();
    addAgendaItem(e);
    expect(e.document.agenda.items).toHaveLength(1);
    e.undo();
    expect(e.document.agenda.items).toHaveLength(0);
    e.redo();
    expect(e.document.agenda.items).toHaveLength(1);
  });

  it('makes typing in one field a single undo step until the field is left', () => {
    const e = editor();
    for (const text of ['K', 'Ka', 'Kai', 'Kaizen']) setHeaderField(e, 'title', text);
    e.seal();
    setHeaderField(e, 'title', 'Kaizen event');
    e.undo();
    expect(e.document.header.title).toBe('Kaizen');
    e.undo();
    expect(e.document.header.title).toBe('');
  });

  it('keeps edits to two different fields as two steps', () => {
    const e = editor();
    setHeaderField(e, 'title', 'A');
    setHeaderField(e, 'place', 'B');
    e.undo();
    expect(e.document.header).toMatchObject({ title: 'A', place: '' });
  });

  it('clears redo when a new change is made after undo', () => {
    const e = editor();
    addAgendaItem(e);
    e.undo();
    setHeaderField(e, 'title', 'new');
    expect(e.canRedo).toBe(false);
  });

  it('does not record a change that changes nothing, so redo survives it', () => {
    const e = editor();
    const id = addAgendaItem(e);
    setHeaderField(e, 'title', 'x');
    e.undo();
    moveAgendaItem(e, id, 0);
    expect(e.canRedo).toBe(true);
  });

  it('moves, edits and deletes agenda items', () => {
    const e = editor();
    const a = addAgendaItem(e);
    const b = addAgendaItem(e);
    updateAgendaItem(e, a, { title: 'first', plannedMinutes: 30 });
    moveAgendaItem(e, a, 1);
    expect(e.document.agenda.items.map((i) => i.id)).toEqual([b, a]);
    deleteAgendaItem(e, b);
    expect(e.document.agenda.items).toEqual([expect.objectContaining({ id: a, title: 'first', plannedMinutes: 30 })]);
    e.undo();
    expect(e.document.agenda.items).toHaveLength(2);
  });

  it('is dirty after a change and clean again after saving, and dirty after undoing past the save', () => {
    const e = editor();
    setHeaderField(e, 'title', 'x');
    expect(e.dirty).toBe(true);
    e.markSaved('/w/x.verkstad', 'x.verkstad', stamp);
    expect(e.dirty).toBe(false);
    expect(e.origin.path).toBe('/w/x.verkstad');
    e.undo();
    expect(e.dirty).toBe(true);
    e.redo();
    expect(e.dirty).toBe(false);
  });

  it('is clean again when every change is undone', () => {
    const e = editor();
    setHeaderField(e, 'title', 'x');
    e.undo();
    expect(e.dirty).toBe(false);
  });

  it('refuses every change to a read-only document', () => {
    const e = editor({ ...unsaved, readOnly: true, fileVersion: 9 });
    setHeaderField(e, 'title', 'x');
    addAgendaItem(e);
    expect(e.document.header.title).toBe('');
    expect(e.document.agenda.items).toHaveLength(0);
    expect(e.dirty).toBe(false);
  });

  it('treats a restored draft as unsaved work', () => {
    const e = new Editor(newWorkshop(), unsaved, { dirty: true });
    expect(e.dirty).toBe(true);
  });
});

describe('changes that are not edits', () => {
  it('are applied without an undo step but still leave the document unsaved', () => {
    const e = editor();
    e.run('log', (doc) => void (doc.header.place = 'Room 4'), { history: 'ignore' });
    expect(e.document.header.place).toBe('Room 4');
    expect(e.canUndo).toBe(false);
    expect(e.dirty).toBe(true);
    e.markSaved('/w/x.verkstad', 'x.verkstad', stamp);
    expect(e.dirty).toBe(false);
  });

  it('do not disturb undo of the edits around them', () => {
    const e = editor();
    setHeaderField(e, 'title', 'A');
    e.run('log', (doc) => void (doc.header.place = 'Room 4'), { history: 'ignore' });
    e.undo();
    expect(e.document.header).toMatchObject({ title: '', place: 'Room 4' });
  });
});
