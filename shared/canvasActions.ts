import { z } from 'zod';

/**
 * The canvas's user-visible operations, described once (Excalidraw's actions are the model): id,
 * keys, label and group. The canvas's key handler, its toolbar, the shortcut sheet, the native menu
 * (main builds it from `shared/commands.ts`, which lists these ids) and the Chromium host's in-app
 * menu all read this list; the renderer registers what each one does
 * (`renderer/boards/canvas/actions/`). Keys: modifiers joined with + then the key; "Mod" is Cmd on
 * macOS and Ctrl elsewhere.
 */
export const CanvasActionId = z.enum([
  'tool.select',
  'tool.hand',
  'tool.connect',
  'edit.text',
  'edit.delete',
  'edit.duplicate',
  'edit.selectAll',
  'select.next',
  'select.previous',
  'edit.escape',
  'nudge.left',
  'nudge.right',
  'nudge.up',
  'nudge.down',
  'nudgeFar.left',
  'nudgeFar.right',
  'nudgeFar.up',
  'nudgeFar.down',
  'addConnected.right',
  'addConnected.left',
  'addConnected.down',
  'addConnected.up',
  'connect.selected',
  'lock.toggle',
  'order.front',
  'order.forward',
  'order.backward',
  'order.back',
  'align.left',
  'align.centerX',
  'align.right',
  'align.top',
  'align.centerY',
  'align.bottom',
  'distribute.horizontal',
  'distribute.vertical',
  'zoom.in',
  'zoom.out',
  'zoom.fit',
  'zoom.selection',
  'zoom.actual',
  'grid.toggle',
  'presentation.toggle',
  'shortcuts.show',
]);
export type CanvasActionId = z.infer<typeof CanvasActionId>;

export type CanvasActionGroup = 'tools' | 'shapes' | 'edit' | 'arrange' | 'view';

export interface CanvasActionSpec {
  id: CanvasActionId;
  keys: string[];
  /** Catalogue key of its description (shortcut sheet, menus). */
  labelKey: string;
  group: CanvasActionGroup;
}

const spec = (id: CanvasActionId, keys: string[], labelKey: string, group: CanvasActionGroup): CanvasActionSpec => ({ id, keys, labelKey, group });

export const canvasActionSpecs: readonly CanvasActionSpec[] = [
  spec('tool.select', ['V'], 'canvas.keys.select', 'tools'),
  spec('tool.hand', ['H'], 'canvas.keys.hand', 'tools'),
  spec('tool.connect', ['C'], 'canvas.keys.connect', 'tools'),
  spec('edit.text', ['Enter', 'F2'], 'canvas.keys.editText', 'edit'),
  spec('edit.delete', ['Delete', 'Backspace'], 'canvas.keys.delete', 'edit'),
  spec('edit.duplicate', ['Mod+D'], 'canvas.keys.duplicate', 'edit'),
  spec('edit.selectAll', ['Mod+A'], 'canvas.keys.selectAll', 'edit'),
  spec('select.next', ['Tab'], 'canvas.keys.next', 'edit'),
  spec('select.previous', ['Shift+Tab'], 'canvas.keys.previous', 'edit'),
  spec('edit.escape', ['Escape'], 'canvas.keys.escape', 'edit'),
  spec('nudge.left', ['ArrowLeft'], 'canvas.keys.nudge', 'arrange'),
  spec('nudge.right', ['ArrowRight'], 'canvas.keys.nudge', 'arrange'),
  spec('nudge.up', ['ArrowUp'], 'canvas.keys.nudge', 'arrange'),
  spec('nudge.down', ['ArrowDown'], 'canvas.keys.nudge', 'arrange'),
  spec('nudgeFar.left', ['Shift+ArrowLeft'], 'canvas.keys.nudgeFar', 'arrange'),
  spec('nudgeFar.right', ['Shift+ArrowRight'], 'canvas.keys.nudgeFar', 'arrange'),
  spec('nudgeFar.up', ['Shift+ArrowUp'], 'canvas.keys.nudgeFar', 'arrange'),
  spec('nudgeFar.down', ['Shift+ArrowDown'], 'canvas.keys.nudgeFar', 'arrange'),
  spec('addConnected.right', ['Alt+ArrowRight'], 'canvas.keys.addConnected', 'arrange'),
  spec('addConnected.left', ['Alt+ArrowLeft'], 'canvas.keys.addConnected', 'arrange'),
  spec('addConnected.down', ['Alt+ArrowDown'], 'canvas.keys.addConnected', 'arrange'),
  spec('addConnected.up', ['Alt+ArrowUp'], 'canvas.keys.addConnected', 'arrange'),
  spec('connect.selected', ['K'], 'canvas.keys.connectSelected', 'arrange'),
  spec('lock.toggle', ['Mod+L'], 'canvas.keys.lock', 'arrange'),
  spec('order.front', ['Mod+Shift+]'], 'canvas.keys.front', 'arrange'),
  spec('order.forward', ['Mod+]'], 'canvas.keys.forward', 'arrange'),
  spec('order.backward', ['Mod+['], 'canvas.keys.backward', 'arrange'),
  spec('order.back', ['Mod+Shift+['], 'canvas.keys.back', 'arrange'),
  spec('align.left', ['Alt+Shift+L'], 'canvas.toolbar.alignLeft', 'arrange'),
  spec('align.centerX', ['Alt+Shift+C'], 'canvas.toolbar.alignCenter', 'arrange'),
  spec('align.right', ['Alt+Shift+R'], 'canvas.toolbar.alignRight', 'arrange'),
  spec('align.top', ['Alt+Shift+T'], 'canvas.toolbar.alignTop', 'arrange'),
  spec('align.centerY', ['Alt+Shift+M'], 'canvas.toolbar.alignMiddle', 'arrange'),
  spec('align.bottom', ['Alt+Shift+B'], 'canvas.toolbar.alignBottom', 'arrange'),
  spec('distribute.horizontal', ['Alt+Shift+H'], 'canvas.toolbar.distributeH', 'arrange'),
  spec('distribute.vertical', ['Alt+Shift+V'], 'canvas.toolbar.distributeV', 'arrange'),
  spec('zoom.in', ['+', '='], 'canvas.keys.zoomIn', 'view'),
  spec('zoom.out', ['-'], 'canvas.keys.zoomOut', 'view'),
  spec('zoom.fit', ['Shift+1'], 'canvas.keys.zoomFit', 'view'),
  spec('zoom.selection', ['Shift+2'], 'canvas.keys.zoomSelection', 'view'),
  spec('zoom.actual', ['Mod+0'], 'canvas.keys.zoomActual', 'view'),
  spec('grid.toggle', ['G'], 'canvas.keys.grid', 'view'),
  spec('presentation.toggle', ['F5'], 'canvas.keys.presentation', 'view'),
  spec('shortcuts.show', ['?'], 'canvas.keys.shortcuts', 'view'),
];

const byId = new Map(canvasActionSpecs.map((s) => [s.id, s]));

export function canvasActionSpec(id: CanvasActionId): CanvasActionSpec {
  return byId.get(id)!;
}

/** A key in the notation above as an Electron accelerator (shown in the native menu only). */
export function acceleratorOfKey(key: string): string {
  const names: Record<string, string> = { '+': 'Plus', '=': '=', '-': '-', '?': '?', ArrowLeft: 'Left', ArrowRight: 'Right', ArrowUp: 'Up', ArrowDown: 'Down', Escape: 'Esc' };
  const parts = key === '+' ? ['+'] : key.split('+');
  return parts.map((p) => (p === 'Mod' ? 'CmdOrCtrl' : (names[p] ?? p))).join('+');
}
