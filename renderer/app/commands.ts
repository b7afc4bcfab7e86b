import { useEffect } from 'react';
import { tinykeys } from 'tinykeys';
import { isCanvasAction, shortcuts, type AppCommandId, type CommandId } from '../../shared/commands';
import { newWorkshopFromThisOne } from '../record/followUpFlow';
import { useOverview, useQuickAdd } from '../record/stores';
import { canvasActionEnabled } from '../boards/canvas/actions/registry';
import type { Workspace } from './workspace';
import { runCommands } from '../run/runCommands';
import { exportCommands } from '../report/exportCommands';
import { exchangeCommands } from '../report/documents/exchangeCommands';
import { drawioCommands } from '../boards/drawio/drawioCommands';

/**
 * Every command once: the native menu (through 'menu:command'), the toolbar and the keyboard all
 * run these, so a shortcut and its menu item can never disagree.
 */
export interface Command {
  id: AppCommandId;
  isEnabled(workspace: Workspace): boolean;
  run(workspace: Workspace): Promise<unknown> | void;
}

const hasEditor = (w: Workspace) => w.state.editor !== null;
const canWrite = (w: Workspace) => w.state.editor !== null && !w.state.editor.origin.readOnly;

export const commands: Record<AppCommandId, Command> = {
  'workshop.new': { id: 'workshop.new', isEnabled: () => true, run: (w) => w.newWorkshop() },
  'workshop.open': { id: 'workshop.open', isEnabled: () => true, run: (w) => w.open() },
  'workshop.save': { id: 'workshop.save', isEnabled: canWrite, run: (w) => w.save() },
  'workshop.saveAs': { id: 'workshop.saveAs', isEnabled: canWrite, run: (w) => w.saveAs() },
  'workshop.close': { id: 'workshop.close', isEnabled: hasEditor, run: (w) => w.close() },
  'app.settings': { id: 'app.settings', isEnabled: () => true, run: (w) => w.setSettingsOpen(true) },
  'edit.undo': { id: 'edit.undo', isEnabled: (w) => w.state.editor?.canUndo ?? false, run: (w) => w.state.editor?.undo() },
  'edit.redo': { id: 'edit.redo', isEnabled: (w) => w.state.editor?.canRedo ?? false, run: (w) => w.state.editor?.redo() },
  'record.addAction': { id: 'record.addAction', isEnabled: canWrite, run: () => useQuickAdd.getState().setOpen(true) },
  'record.followUp': { id: 'record.followUp', isEnabled: hasEditor, run: (w) => newWorkshopFromThisOne(w) },
  'record.overview': { id: 'record.overview', isEnabled: () => true, run: () => useOverview.getState().setOpen(true) },
  ...exportCommands,
  ...exchangeCommands,
  ...drawioCommands,
  ...runCommands,
};

/**
 * Runs a command from a menu, a button or a key. The canvas's actions (shared/canvasActions.ts) run
 * on the open workshop's board, through the same registry as its keys, toolbar and shortcut sheet.
 */
export function runCommand(workspace: Workspace, id: CommandId): void {
  if (isCanvasAction(id)) {
    workspace.state.session?.canvas.runAction(id);
    return;
  }
  const command = commands[id];
  if (command.isEnabled(workspace)) void command.run(workspace);
}

/** Whether a command can run now (menus grey out the others). */
export function isCommandEnabled(workspace: Workspace, id: CommandId): boolean {
  if (isCanvasAction(id)) {
    const canvas = workspace.state.session?.canvas;
    return !!canvas && canvasActionEnabled(canvas, id);
  }
  return commands[id].isEnabled(workspace);
}

const isPlainKey = (keys: string) => !/\$mod|Control|Alt|Meta/.test(keys);

function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select, [role="textbox"], [role="combobox"], [role="slider"], [role="spinbutton"]');
}

/** Binds every command's shortcut on the window; app undo/redo also apply inside text fields. */
export function useCommandShortcuts(workspace: Workspace): void {
  useEffect(() => {
    const bindings: Record<string, (event: KeyboardEvent) => void> = {};
    for (const id of Object.keys(shortcuts) as AppCommandId[]) {
      for (const keys of shortcuts[id].keys) {
        bindings[keys] = (event) => {
          // A single key (Space, arrows) is the user's while they type, and only a command's
          // while it can run, so it never steals an arrow from a list or a tab.
          if (isPlainKey(keys) && (isTyping(event) || !commands[id].isEnabled(workspace))) return;
          event.preventDefault();
          runCommand(workspace, id);
        };
      }
    }
    return tinykeys(window, bindings);
  }, [workspace]);
}
