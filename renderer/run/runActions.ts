import * as timer from '../../shared/agenda/timer';
import { emptyRun, type Run } from '../../shared/model/run';
import type { AgendaItem } from '../../shared/model/agenda';
import type { Editor } from '../editor/editor';
import { preciseNow } from './projectorLink';
import { touchClock } from './timerClock';

/**
 * Run actions are things that happened, not edits: they are applied with history ignored, so
 * undo never rewinds time, yet the document becomes unsaved and the crash-recovery draft keeps
 * them. Each is one pure transition of shared/agenda/timer.ts at the current clock value.
 */
type Transition = (run: Run, items: readonly AgendaItem[], now: number) => Run;

/** When the facilitator last acted, for the projector's delay measurement. */
let pendingActionAt: number | null = null;
export function takeActionAt(): number | null {
  const at = pendingActionAt;
  pendingActionAt = null;
  return at;
}

function apply(editor: Editor, label: string, transition: Transition): boolean {
  if (editor.origin.readOnly) return false;
  const actionAt = preciseNow();
  const now = Date.now();
  const doc = editor.document;
  const next = transition(doc.run, doc.agenda.items, now);
  if (next === doc.run) return false;
  touchClock(now);
  pendingActionAt = actionAt;
  editor.run(
    label,
    (draft) => {
      draft.run = next;
    },
    { history: 'ignore' },
  );
  return true;
}

export const runActions = {
  toggle: (editor: Editor) => apply(editor, 'run.toggle', timer.toggle),
  start: (editor: Editor) => apply(editor, 'run.start', timer.start),
  pause: (editor: Editor) => apply(editor, 'run.pause', (run, _items, now) => timer.pause(run, now)),
  resume: (editor: Editor) => apply(editor, 'run.resume', (run, _items, now) => timer.resume(run, now)),
  next: (editor: Editor) => apply(editor, 'run.next', timer.next),
  previous: (editor: Editor) => apply(editor, 'run.previous', timer.previous),
  extend: (editor: Editor, minutes: number) => apply(editor, 'run.extend', (run, items, now) => timer.extend(run, items, minutes, now)),
  finish: (editor: Editor) => apply(editor, 'run.finish', (run, _items, now) => timer.finish(run, now)),
};

/** Clearing the log is an edit (it removes what was recorded), so it is one undo step. */
export function clearRunLog(editor: Editor): void {
  editor.run('run.clear', (draft) => {
    draft.run = emptyRun();
  });
  touchClock();
}
