import type { ShapeType } from '../../../shared/model/board';
import { shapeModules } from '../../../shared/shapes/registry';

/**
 * Every canvas command with its keys, once: the key handler and the shortcut sheet both read this
 * list, so what the sheet says is what the keys do. "Mod" is Cmd on macOS, Ctrl elsewhere.
 */
export type CanvasAction =
  | 'tool.select'
  | 'tool.hand'
  | 'tool.connect'
  | `place.${ShapeType}`
  | 'edit.delete'
  | 'edit.duplicate'
  | 'edit.selectAll'
  | 'edit.text'
  | 'edit.escape'
  | 'select.next'
  | 'select.previous'
  | 'nudge.left'
  | 'nudge.right'
  | 'nudge.up'
  | 'nudge.down'
  | 'nudgeFar.left'
  | 'nudgeFar.right'
  | 'nudgeFar.up'
  | 'nudgeFar.down'
  | 'addConnected.left'
  | 'addConnected.right'
  | 'addConnected.up'
  | 'addConnected.down'
  | 'connect.selected'
  | 'lock.toggle'
  | 'order.front'
  | 'order.forward'
  | 'order.backward'
  | 'order.back'
  | 'zoom.in'
  | 'zoom.out'
  | 'zoom.fit'
  | 'zoom.selection'
  | 'zoom.actual'
  | 'grid.toggle'
  | 'presentation.toggle'
  | 'shortcuts.show';

export interface KeyBinding {
  action: CanvasAction;
  /** As shown in the sheet and matched: modifiers joined with + then the key. */
  keys: string[];
  /** Catalogue key of the description. */
  labelKey: string;
  group: 'tools' | 'shapes' | 'edit' | 'arrange' | 'view';
}

/** Number keys place the process-map shapes; the VSM icons (many more than ten) are placed from the palette. */
export const placeKeys: Partial<Record<ShapeType, string>> = {
  startEnd: '1',
  activity: '2',
  decision: '3',
  document: '4',
  data: '5',
  subProcess: '6',
  wait: '7',
  sticky: '8',
  text: '9',
  swimlane: '0',
};

export const keyBindings: KeyBinding[] = [
  { action: 'tool.select', keys: ['V'], labelKey: 'canvas.keys.select', group: 'tools' },
  { action: 'tool.hand', keys: ['H'], labelKey: 'canvas.keys.hand', group: 'tools' },
  { action: 'tool.connect', keys: ['C'], labelKey: 'canvas.keys.connect', group: 'tools' },
  ...shapeModules.flatMap((m): KeyBinding[] => {
    const key = placeKeys[m.type as ShapeType];
    return key === undefined ? [] : [{ action: `place.${m.type as ShapeType}`, keys: [key], labelKey: m.labelKey, group: 'shapes' }];
  }),
  { action: 'edit.text', keys: ['Enter', 'F2'], labelKey: 'canvas.keys.editText', group: 'edit' },
  { action: 'edit.delete', keys: ['Delete', 'Backspace'], labelKey: 'canvas.keys.delete', group: 'edit' },
  { action: 'edit.duplicate', keys: ['Mod+D'], labelKey: 'canvas.keys.duplicate', group: 'edit' },
  { action: 'edit.selectAll', keys: ['Mod+A'], labelKey: 'canvas.keys.selectAll', group: 'edit' },
  { action: 'select.next', keys: ['Tab'], labelKey: 'canvas.keys.next', group: 'edit' },
  { action: 'select.previous', keys: ['Shift+Tab'], labelKey: 'canvas.keys.previous', group: 'edit' },
  { action: 'edit.escape', keys: ['Escape'], labelKey: 'canvas.keys.escape', group: 'edit' },
  { action: 'nudge.left', keys: ['ArrowLeft'], labelKey: 'canvas.keys.nudge', group: 'arrange' },
  { action: 'nudge.right', keys: ['ArrowRight'], labelKey: 'canvas.keys.nudge', group: 'arrange' },
  { action: 'nudge.up', keys: ['ArrowUp'], labelKey: 'canvas.keys.nudge', group: 'arrange' },
  { action: 'nudge.down', keys: ['ArrowDown'], labelKey: 'canvas.keys.nudge', group: 'arrange' },
  { action: 'nudgeFar.left', keys: ['Shift+ArrowLeft'], labelKey: 'canvas.keys.nudgeFar', group: 'arrange' },
  { action: 'nudgeFar.right', keys: ['Shift+ArrowRight'], labelKey: 'canvas.keys.nudgeFar', group: 'arrange' },
  { action: 'nudgeFar.up', keys: ['Shift+ArrowUp'], labelKey: 'canvas.keys.nudgeFar', group: 'arrange' },
  { action: 'nudgeFar.down', keys: ['Shift+ArrowDown'], labelKey: 'canvas.keys.nudgeFar', group: 'arrange' },
  { action: 'addConnected.right', keys: ['Alt+ArrowRight'], labelKey: 'canvas.keys.addConnected', group: 'arrange' },
  { action: 'addConnected.left', keys: ['Alt+ArrowLeft'], labelKey: 'canvas.keys.addConnected', group: 'arrange' },
  { action: 'addConnected.down', keys: ['Alt+ArrowDown'], labelKey: 'canvas.keys.addConnected', group: 'arrange' },
  { action: 'addConnected.up', keys: ['Alt+ArrowUp'], labelKey: 'canvas.keys.addConnected', group: 'arrange' },
  { action: 'connect.selected', keys: ['K'], labelKey: 'canvas.keys.connectSelected', group: 'arrange' },
  { action: 'lock.toggle', keys: ['Mod+L'], labelKey: 'canvas.keys.lock', group: 'arrange' },
  { action: 'order.front', keys: ['Mod+Shift+]'], labelKey: 'canvas.keys.front', group: 'arrange' },
  { action: 'order.forward', keys: ['Mod+]'], labelKey: 'canvas.keys.forward', group: 'arrange' },
  { action: 'order.backward', keys: ['Mod+['], labelKey: 'canvas.keys.backward', group: 'arrange' },
  { action: 'order.back', keys: ['Mod+Shift+['], labelKey: 'canvas.keys.back', group: 'arrange' },
  { action: 'zoom.in', keys: ['+', '='], labelKey: 'canvas.keys.zoomIn', group: 'view' },
  { action: 'zoom.out', keys: ['-'], labelKey: 'canvas.keys.zoomOut', group: 'view' },
  { action: 'zoom.fit', keys: ['Shift+1'], labelKey: 'canvas.keys.zoomFit', group: 'view' },
  { action: 'zoom.selection', keys: ['Shift+2'], labelKey: 'canvas.keys.zoomSelection', group: 'view' },
  { action: 'zoom.actual', keys: ['Mod+0'], labelKey: 'canvas.keys.zoomActual', group: 'view' },
  { action: 'grid.toggle', keys: ['G'], labelKey: 'canvas.keys.grid', group: 'view' },
  { action: 'presentation.toggle', keys: ['F5'], labelKey: 'canvas.keys.presentation', group: 'view' },
  { action: 'shortcuts.show', keys: ['?'], labelKey: 'canvas.keys.shortcuts', group: 'view' },
];

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The key of an event in the notation above (Shift+1 is matched by code, so keyboard layouts agree). */
function describe(e: KeyboardEvent, useCode: boolean): string {
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  let key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  if (useCode && e.code.startsWith('Digit')) key = e.code.slice(5);
  if (useCode && e.code.startsWith('Key')) key = e.code.slice(3);
  if (useCode && e.code === 'BracketRight') key = ']';
  if (useCode && e.code === 'BracketLeft') key = '[';
  if (e.shiftKey && (useCode || e.key.length > 1)) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}

export function actionForKey(e: KeyboardEvent): CanvasAction | null {
  const byCode = describe(e, true);
  const byKey = describe(e, false);
  for (const b of keyBindings) for (const k of b.keys) if (k === byCode || k === byKey || k.toUpperCase() === byKey) return b.action;
  return null;
}

/** How a key is written on this platform in the sheet and tooltips. */
export function displayKey(key: string): string {
  return key.replace('Mod', isMac ? '⌘' : 'Ctrl').replace('ArrowLeft', '←').replace('ArrowRight', '→').replace('ArrowUp', '↑').replace('ArrowDown', '↓');
}
