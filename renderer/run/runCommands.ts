import type { Command } from '../app/commands';
import type { Workspace } from '../app/workspace';
import { toggleProjector } from './projectorControl';
import { runActions } from './runActions';
import { shortcutSheet } from '../app/shortcutSheet';

type RunCommandId = 'run.startPause' | 'run.next' | 'run.previous' | 'run.plusMinute' | 'run.minusMinute' | 'run.plusFive' | 'run.minusFive' | 'run.projector' | 'help.shortcuts';

/** The timer's commands work on the open workshop while the Run view is shown (menu, keys). */
const canRun = (w: Workspace) => w.state.editor !== null && !w.state.editor.origin.readOnly && w.state.session?.runUi.getState().runViewShown === true;

function timerCommand(id: RunCommandId, act: (editor: NonNullable<Workspace['state']['editor']>) => unknown): Command {
  return {
    id,
    isEnabled: canRun,
    run: (w) => {
      if (w.state.editor) act(w.state.editor);
    },
  };
}

export const runCommands: Record<RunCommandId, Command> = {
  'run.startPause': timerCommand('run.startPause', runActions.toggle),
  'run.next': timerCommand('run.next', runActions.next),
  'run.previous': timerCommand('run.previous', runActions.previous),
  'run.plusMinute': timerCommand('run.plusMinute', (editor) => runActions.extend(editor, 1)),
  'run.minusMinute': timerCommand('run.minusMinute', (editor) => runActions.extend(editor, -1)),
  'run.plusFive': timerCommand('run.plusFive', (editor) => runActions.extend(editor, 5)),
  'run.minusFive': timerCommand('run.minusFive', (editor) => runActions.extend(editor, -5)),
  'run.projector': {
    id: 'run.projector',
    isEnabled: (w) => w.state.session !== null,
    run: (w) => (w.state.session ? toggleProjector(w.state.session.runUi, w.state.session.editor) : undefined),
  },
  'help.shortcuts': { id: 'help.shortcuts', isEnabled: () => true, run: () => shortcutSheet.setState((s) => ({ open: !s.open })) },
};
