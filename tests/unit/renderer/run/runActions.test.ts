import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runStatus } from '../../../../shared/agenda/timer';
import { newWorkshop } from '../../../../shared/model/defaults';
import { clearRunLog, runActions } from '../../../../renderer/run/runActions';
import { Editor } from '../../../../renderer/editor/editor';
import { addAgendaItem, updateAgendaItem } from '../../../../renderer/editor/workshopCommands';

const origin = { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null };

function workshopWithTwoItems() {
  const editor = new Editor(newWorkshop(), origin);
  const first = addAgendaItem(editor, 'item', 10);
  updateAgendaItem(editor, first, { title: 'Check-in' });
  addAgendaItem(editor, 'item', 20);
  editor.markSaved('/tmp/w.verkstad', 'w.verkstad', { mtimeMs: 0, size: 0, sha256: '0'.repeat(64) });
  return editor;
}

describe('run actions on the open workshop', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-23T09:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are logged in the document and make it unsaved, without an undo step', () => {
    const editor = workshopWithTwoItems();
    const undoSteps = editor.state.history.past.length;
    runActions.start(editor);
    vi.advanceTimersByTime(60_000);
    runActions.pause(editor);
    expect(runStatus(editor.document.run)).toBe('paused');
    expect(editor.document.run.pauses[0]?.startedAt).toBe('2026-11-23T09:01:00.000Z');
    expect(editor.dirty).toBe(true);
    expect(editor.state.history.past.length).toBe(undoSteps);
  });

  it('undo undoes the last edit and never rewinds time', () => {
    const editor = workshopWithTwoItems();
    runActions.start(editor);
    vi.advanceTimersByTime(5 * 60_000);
    runActions.next(editor);
    editor.undo(); // the last edit: adding the second item
    expect(editor.document.agenda.items).toHaveLength(1);
    expect(editor.document.run.visits).toHaveLength(2);
  });

  it('an action that does not apply changes nothing and does not mark the document unsaved', () => {
    const editor = workshopWithTwoItems();
    expect(runActions.pause(editor)).toBe(false);
    expect(runActions.extend(editor, 5)).toBe(false);
    expect(editor.dirty).toBe(false);
  });

  it('a read-only workshop cannot be run', () => {
    const editor = new Editor(newWorkshop(), { ...origin, readOnly: true });
    expect(runActions.start(editor)).toBe(false);
  });

  it('clearing the run log is one undo step', () => {
    const editor = workshopWithTwoItems();
    runActions.start(editor);
    clearRunLog(editor);
    expect(editor.document.run.startedAt).toBeNull();
    editor.undo();
    expect(editor.document.run.startedAt).toBe('2026-11-23T09:00:00.000Z');
  });
});
