import type { CanvasController } from '../controller';
import type { CanvasAction, CanvasActionKey } from './action';
import { arrangeActions } from './arrangeActions';
import { editActions } from './editActions';
import { toolActions } from './toolActions';
import { viewActions } from './viewActions';

/** Every canvas action, registered once; keys, toolbar, menus and the shortcut sheet read this. */
export const canvasActions: readonly CanvasAction[] = [...toolActions, ...editActions, ...arrangeActions, ...viewActions];

const byId = new Map<CanvasActionKey, CanvasAction>(canvasActions.map((a) => [a.id, a]));

export function canvasAction(id: CanvasActionKey): CanvasAction | undefined {
  return byId.get(id);
}

/** Whether an action can run now (menus grey it out otherwise). */
export function canvasActionEnabled(c: CanvasController, id: CanvasActionKey): boolean {
  return byId.get(id)?.isEnabled(c) ?? false;
}

/** Runs an action if it can run now; true when it did something (the key is then consumed). */
export function runCanvasAction(c: CanvasController, id: CanvasActionKey): boolean {
  const action = byId.get(id);
  if (!action || !action.isEnabled(c)) return false;
  return action.run(c) !== false;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The key of an event in the registry's notation (digits and letters by position, so keyboard layouts agree). */
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

export function actionForKey(e: KeyboardEvent): CanvasActionKey | null {
  const byCode = describe(e, true);
  const byKey = describe(e, false);
  for (const a of canvasActions) for (const k of a.keys) if (k === byCode || k === byKey || k.toUpperCase() === byKey) return a.id;
  return null;
}

/** How a key is written on this platform in the sheet, tooltips and menus. */
export function displayKey(key: string): string {
  return key.replace('Mod', isMac ? '⌘' : 'Ctrl').replace('ArrowLeft', '←').replace('ArrowRight', '→').replace('ArrowUp', '↑').replace('ArrowDown', '↓');
}

export function keyOf(id: CanvasActionKey): string | undefined {
  return byId.get(id)?.keys[0];
}
