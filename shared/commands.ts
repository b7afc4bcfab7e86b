import { z } from 'zod';
import { acceleratorOfKey, canvasActionSpec, CanvasActionId } from './canvasActions';

/**
 * The user-visible operations that menus and keyboard shortcuts share. The renderer holds the
 * implementations (a registry); main builds the native menu from `menuTemplate` and sends the id.
 */
export const AppCommandId = z.enum([
  'workshop.new',
  'workshop.open',
  'workshop.save',
  'workshop.saveAs',
  'workshop.close',
  'app.settings',
  'edit.undo',
  'edit.redo',
  'record.addAction',
  'record.followUp',
  'record.overview',
  'report.exportPdf',
  'report.exportAgenda',
  'board.exportImage',
  'report.exportWord',
  'record.exportTables',
  'record.sendActions',
  'board.importDrawio',
  'run.startPause',
  'run.next',
  'run.previous',
  'run.plusMinute',
  'run.minusMinute',
  'run.plusFive',
  'run.minusFive',
  'run.projector',
  'help.shortcuts',
]);
export type AppCommandId = z.infer<typeof AppCommandId>;

/** App commands and the canvas's actions (shared/canvasActions.ts): what a menu item can run. */
export const CommandId = z.union([AppCommandId, CanvasActionId]);
export type CommandId = z.infer<typeof CommandId>;

export const isCanvasAction = (id: CommandId): id is CanvasActionId => CanvasActionId.safeParse(id).success;

/**
 * Shortcuts of the app commands in tinykeys notation ($mod = Cmd on macOS, Ctrl elsewhere) and as
 * Electron accelerators. The canvas's actions carry their own keys, handled while the board has focus.
 */
export const shortcuts: Record<AppCommandId, { keys: string[]; accelerator: string | null }> = {
  'workshop.new': { keys: ['$mod+KeyN'], accelerator: 'CmdOrCtrl+N' },
  'workshop.open': { keys: ['$mod+KeyO'], accelerator: 'CmdOrCtrl+O' },
  'workshop.save': { keys: ['$mod+KeyS'], accelerator: 'CmdOrCtrl+S' },
  'workshop.saveAs': { keys: ['$mod+Shift+KeyS'], accelerator: 'CmdOrCtrl+Shift+S' },
  'workshop.close': { keys: ['$mod+KeyW'], accelerator: 'CmdOrCtrl+W' },
  'app.settings': { keys: ['$mod+Comma'], accelerator: 'CmdOrCtrl+,' },
  'edit.undo': { keys: ['$mod+KeyZ'], accelerator: 'CmdOrCtrl+Z' },
  'edit.redo': { keys: ['$mod+KeyY', '$mod+Shift+KeyZ'], accelerator: 'CmdOrCtrl+Shift+Z' },
  // One shortcut adds an action from anywhere, also while the agenda runs.
  'record.addAction': { keys: ['$mod+Shift+KeyA'], accelerator: 'CmdOrCtrl+Shift+A' },
  'record.followUp': { keys: [], accelerator: null },
  'record.overview': { keys: [], accelerator: null },
  'report.exportPdf': { keys: ['$mod+KeyP'], accelerator: 'CmdOrCtrl+P' },
  'report.exportAgenda': { keys: [], accelerator: null },
  'board.exportImage': { keys: [], accelerator: null },
  'report.exportWord': { keys: [], accelerator: null },
  'record.exportTables': { keys: [], accelerator: null },
  'record.sendActions': { keys: [], accelerator: null },
  'board.importDrawio': { keys: [], accelerator: null },
  // Run mode: single keys (and a presentation clicker's PageDown/PageUp), only while the Run tab
  // is shown and no text field has focus (renderer/app/commands.ts checks).
  'run.startPause': { keys: ['Space'], accelerator: 'Space' },
  'run.next': { keys: ['ArrowRight', 'PageDown'], accelerator: 'Right' },
  'run.previous': { keys: ['ArrowLeft', 'PageUp'], accelerator: 'Left' },
  'run.plusMinute': { keys: ['ArrowUp'], accelerator: 'Up' },
  'run.minusMinute': { keys: ['ArrowDown'], accelerator: 'Down' },
  'run.plusFive': { keys: ['Shift+ArrowUp'], accelerator: 'Shift+Up' },
  'run.minusFive': { keys: ['Shift+ArrowDown'], accelerator: 'Shift+Down' },
  'run.projector': { keys: ['KeyP'], accelerator: 'P' },
  'help.shortcuts': { keys: ['$mod+Slash', 'F1'], accelerator: 'F1' },
};

/** The accelerator a menu shows beside a command (the renderer handles the keys itself). */
export function acceleratorOf(id: CommandId): string | null {
  if (isCanvasAction(id)) {
    const key = canvasActionSpec(id).keys[0];
    return key === undefined ? null : acceleratorOfKey(key);
  }
  return shortcuts[id].accelerator;
}

export type MenuEntry =
  | { type: 'command'; command: CommandId; labelKey: string }
  | { type: 'role'; role: 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen' | 'quit'; labelKey: string }
  | { type: 'about'; labelKey: string }
  | { type: 'submenu'; labelKey: string; entries: MenuEntry[] }
  | { type: 'separator' };

export interface MenuSection {
  labelKey: string;
  entries: MenuEntry[];
}

/** Every entry of a menu, those in its submenus too, in menu order. */
export function flatEntries(entries: readonly MenuEntry[]): MenuEntry[] {
  return entries.flatMap((entry) => (entry.type === 'submenu' ? [entry, ...flatEntries(entry.entries)] : [entry]));
}

/** Drops separators at either end and doubled ones, which filtering may leave behind. */
export function tidySeparators(entries: readonly MenuEntry[]): MenuEntry[] {
  const result: MenuEntry[] = [];
  for (const entry of entries) {
    const previous = result[result.length - 1];
    if (entry.type === 'separator' && (previous === undefined || previous.type === 'separator')) continue;
    result.push(entry);
  }
  if (result[result.length - 1]?.type === 'separator') result.pop();
  return result;
}

/** The label of a command: the one its menu entry uses (null for a command that is in no menu). */
export function commandLabelKey(command: CommandId): string | null {
  for (const section of menuTemplate) for (const entry of flatEntries(section.entries)) if (entry.type === 'command' && entry.command === command) return entry.labelKey;
  return null;
}

/** The native menu, described once; main/electron/menu.ts turns it into an Electron Menu. */
export const menuTemplate: MenuSection[] = [
  {
    labelKey: 'menu.file',
    entries: [
      { type: 'command', command: 'workshop.new', labelKey: 'menu.new' },
      { type: 'command', command: 'workshop.open', labelKey: 'menu.open' },
      { type: 'separator' },
      { type: 'command', command: 'workshop.save', labelKey: 'menu.save' },
      { type: 'command', command: 'workshop.saveAs', labelKey: 'menu.saveAs' },
      { type: 'separator' },
      {
        type: 'submenu',
        labelKey: 'exchange.menu.export',
        entries: [
          { type: 'command', command: 'report.exportPdf', labelKey: 'report.menu.exportPdf' },
          { type: 'command', command: 'report.exportWord', labelKey: 'exchange.menu.exportWord' },
          { type: 'command', command: 'report.exportAgenda', labelKey: 'report.menu.exportAgenda' },
          { type: 'separator' },
          { type: 'command', command: 'board.exportImage', labelKey: 'report.menu.exportBoard' },
          { type: 'command', command: 'record.exportTables', labelKey: 'exchange.menu.exportTables' },
        ],
      },
      { type: 'command', command: 'board.importDrawio', labelKey: 'exchange.menu.importDrawio' },
      { type: 'command', command: 'record.sendActions', labelKey: 'exchange.menu.sendActions' },
      { type: 'separator' },
      { type: 'command', command: 'workshop.close', labelKey: 'menu.close' },
      { type: 'separator' },
      { type: 'command', command: 'record.followUp', labelKey: 'record.menu.followUp' },
      { type: 'command', command: 'record.overview', labelKey: 'record.menu.overview' },
      { type: 'separator' },
      { type: 'command', command: 'app.settings', labelKey: 'menu.settings' },
      { type: 'separator' },
      { type: 'role', role: 'quit', labelKey: 'menu.quit' },
    ],
  },
  {
    labelKey: 'menu.edit',
    entries: [
      { type: 'command', command: 'edit.undo', labelKey: 'menu.undo' },
      { type: 'command', command: 'edit.redo', labelKey: 'menu.redo' },
      { type: 'separator' },
      { type: 'command', command: 'record.addAction', labelKey: 'record.menu.addAction' },
      { type: 'separator' },
      { type: 'role', role: 'cut', labelKey: 'menu.cut' },
      { type: 'role', role: 'copy', labelKey: 'menu.copy' },
      { type: 'role', role: 'paste', labelKey: 'menu.paste' },
      { type: 'role', role: 'selectAll', labelKey: 'menu.selectAll' },
    ],
  },
  {
    labelKey: 'run.menu.run',
    entries: [
      { type: 'command', command: 'run.startPause', labelKey: 'run.menu.startPause' },
      { type: 'command', command: 'run.next', labelKey: 'run.menu.next' },
      { type: 'command', command: 'run.previous', labelKey: 'run.menu.previous' },
      { type: 'separator' },
      { type: 'command', command: 'run.plusMinute', labelKey: 'run.menu.plusMinute' },
      { type: 'command', command: 'run.minusMinute', labelKey: 'run.menu.minusMinute' },
      { type: 'command', command: 'run.plusFive', labelKey: 'run.menu.plusFive' },
      { type: 'command', command: 'run.minusFive', labelKey: 'run.menu.minusFive' },
      { type: 'separator' },
      { type: 'command', command: 'run.projector', labelKey: 'run.menu.projector' },
    ],
  },
  {
    // The canvas's actions, from the same registry as its keys, toolbar and shortcut sheet.
    labelKey: 'canvasMenu.arrange',
    entries: [
      { type: 'command', command: 'edit.duplicate', labelKey: 'canvas.toolbar.duplicate' },
      { type: 'command', command: 'edit.delete', labelKey: 'canvas.toolbar.delete' },
      { type: 'command', command: 'lock.toggle', labelKey: 'canvas.keys.lock' },
      { type: 'command', command: 'connect.selected', labelKey: 'canvas.keys.connectSelected' },
      { type: 'separator' },
      { type: 'command', command: 'align.left', labelKey: 'canvas.toolbar.alignLeft' },
      { type: 'command', command: 'align.centerX', labelKey: 'canvas.toolbar.alignCenter' },
      { type: 'command', command: 'align.right', labelKey: 'canvas.toolbar.alignRight' },
      { type: 'command', command: 'align.top', labelKey: 'canvas.toolbar.alignTop' },
      { type: 'command', command: 'align.centerY', labelKey: 'canvas.toolbar.alignMiddle' },
      { type: 'command', command: 'align.bottom', labelKey: 'canvas.toolbar.alignBottom' },
      { type: 'command', command: 'distribute.horizontal', labelKey: 'canvas.toolbar.distributeH' },
      { type: 'command', command: 'distribute.vertical', labelKey: 'canvas.toolbar.distributeV' },
      { type: 'separator' },
      { type: 'command', command: 'order.front', labelKey: 'canvas.toolbar.front' },
      { type: 'command', command: 'order.forward', labelKey: 'canvas.toolbar.forward' },
      { type: 'command', command: 'order.backward', labelKey: 'canvas.toolbar.backward' },
      { type: 'command', command: 'order.back', labelKey: 'canvas.toolbar.back' },
    ],
  },
  {
    labelKey: 'menu.view',
    entries: [
      { type: 'command', command: 'zoom.in', labelKey: 'canvas.toolbar.zoomIn' },
      { type: 'command', command: 'zoom.out', labelKey: 'canvas.toolbar.zoomOut' },
      { type: 'command', command: 'zoom.fit', labelKey: 'canvas.toolbar.fit' },
      { type: 'command', command: 'zoom.selection', labelKey: 'canvas.toolbar.selection' },
      { type: 'command', command: 'zoom.actual', labelKey: 'canvas.toolbar.actual' },
      { type: 'separator' },
      { type: 'command', command: 'grid.toggle', labelKey: 'canvas.toolbar.snap' },
      { type: 'command', command: 'presentation.toggle', labelKey: 'canvas.toolbar.presentation' },
      { type: 'separator' },
      { type: 'role', role: 'togglefullscreen', labelKey: 'menu.toggleFullScreen' },
    ],
  },
  {
    labelKey: 'menu.help',
    entries: [
      { type: 'command', command: 'help.shortcuts', labelKey: 'run.menu.shortcuts' },
      { type: 'about', labelKey: 'menu.about' },
    ],
  },
];
