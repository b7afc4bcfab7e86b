import type { Command } from '../../app/commands';
import type { Workspace } from '../../app/workspace';
import { useExchangeDialog } from './stores';

const hasEditor = (w: Workspace) => w.state.editor !== null;

/** File › Export › Word document…, Actions, attendance and polls…, and File › Send actions…: each opens its dialog. */
export const exchangeCommands = {
  'report.exportWord': { id: 'report.exportWord', isEnabled: hasEditor, run: () => useExchangeDialog.getState().show('word') },
  'record.exportTables': { id: 'record.exportTables', isEnabled: hasEditor, run: () => useExchangeDialog.getState().show('tables') },
  'record.sendActions': { id: 'record.sendActions', isEnabled: hasEditor, run: () => useExchangeDialog.getState().show('sendActions') },
} satisfies Record<string, Command>;
