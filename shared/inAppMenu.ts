import { acceleratorOf, menuTemplate, tidySeparators, type CommandId, type MenuEntry } from './commands';
import type { AppInfo } from './ipc/contract';

/**
 * The in-app menu of a host without a native menu bar (the Chromium host): the same sections,
 * commands, labels and shortcuts as the Electron menu, read from the one template in
 * shared/commands.ts. Left out are the native roles the page already has (cut, copy, paste and
 * select all are the browser's own keys and context menu; quitting is closing the window) and
 * About, a native dialog; full screen the page can do itself.
 */
export type InAppEntry =
  | { type: 'command'; command: CommandId; label: string; accelerator: string | null }
  | { type: 'submenu'; label: string; entries: InAppEntry[] }
  | { type: 'fullscreen'; label: string }
  | { type: 'separator' };

export interface InAppSection {
  label: string;
  entries: InAppEntry[];
}

/** Only Electron draws a native menu bar; elsewhere the app brings its own. */
export const hasNativeMenu = (info: AppInfo | null): boolean => info?.host === 'electron';

const inPage = (entry: MenuEntry): boolean => (entry.type === 'role' ? entry.role === 'togglefullscreen' : entry.type !== 'about');

function entryOf(entry: MenuEntry, t: (key: string) => string): InAppEntry {
  switch (entry.type) {
    case 'separator':
      return { type: 'separator' };
    case 'submenu':
      return { type: 'submenu', label: t(entry.labelKey), entries: tidySeparators(entry.entries.filter(inPage)).map((e) => entryOf(e, t)) };
    case 'command':
      return { type: 'command', command: entry.command, label: t(entry.labelKey), accelerator: acceleratorOf(entry.command) };
    case 'role':
    case 'about':
      return { type: 'fullscreen', label: t(entry.labelKey) };
  }
}

export function inAppMenu(t: (key: string) => string): InAppSection[] {
  return menuTemplate
    .map((section) => ({ label: t(section.labelKey), entries: tidySeparators(section.entries.filter(inPage)).map((e) => entryOf(e, t)) }))
    .filter((section) => section.entries.length > 0);
}

const keyNames: Record<string, string> = { Left: '←', Right: '→', Up: '↑', Down: '↓', Plus: '+' };

/** An Electron accelerator as a menu shows it on this platform ("CmdOrCtrl+Shift+S" → "Ctrl+Shift+S", "⌘⇧S" on a Mac). */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+').map((part) => (part === 'CmdOrCtrl' ? (mac ? '⌘' : 'Ctrl') : (keyNames[part] ?? part)));
  return mac ? parts.join('').replace('Shift', '⇧').replace('Alt', '⌥') : parts.join('+');
}
