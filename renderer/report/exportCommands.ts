import type { Command } from '../app/commands';
import type { Workspace } from '../app/workspace';
import { useExportDialog } from './stores';

const hasEditor = (w: Workspace) => w.state.editor !== null;
const hasBoard = (w: Workspace) => (w.state.editor?.document.boards.length ?? 0) > 0;

/** File › Export PDF…, Export agenda…, Export board…: each opens its dialog with a preview or options first. */
export const exportCommands = {
  'report.exportPdf': { id: 'report.exportPdf', isEnabled: hasEditor, run: () => useExportDialog.getState().openReport('report') },
  'report.exportAgenda': { id: 'report.exportAgenda', isEnabled: hasEditor, run: () => useExportDialog.getState().openReport('agenda') },
  'board.exportImage': { id: 'board.exportImage', isEnabled: hasBoard, run: () => useExportDialog.getState().openBoard() },
} satisfies Record<string, Command>;
