import { bridge } from '../../app/bridge';
import type { Command } from '../../app/commands';
import type { Workspace } from '../../app/workspace';
import { importBoards } from '../../editor/board/importBoards';
import { useDrawioImport } from './stores';

const canWrite = (w: Workspace) => w.state.editor !== null && !w.state.editor.origin.readOnly;

/** File › Import draw.io diagram…: main reads and maps the file; its boards land in the open workshop as one undo step. */
export const drawioCommands = {
  'board.importDrawio': {
    id: 'board.importDrawio',
    isEnabled: canWrite,
    run: async (w: Workspace) => {
      const result = await bridge().invoke('drawio:import');
      if (result.status === 'canceled') return;
      // The workshop may have been closed while the file was read: then nothing is added.
      const editor = w.state.editor;
      if (result.status === 'imported' && editor) importBoards(editor, result.boards);
      useDrawioImport.getState().show(result);
    },
  },
} satisfies Record<string, Command>;
