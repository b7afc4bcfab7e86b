import { app, Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, menuTemplate, tidySeparators, type CommandId, type MenuEntry } from '../../shared/commands';
import type { LanguageSource } from '../ipc/ports';
import { translator } from './language';

export interface MenuActions {
  command(command: CommandId, window: BaseWindow | undefined): void;
  about(window: BaseWindow | undefined): void;
}

type Translate = (key: string) => string;

/** Builds the native menu from `shared/commands.ts` in the app's language and installs it. */
export async function installMenu(language: LanguageSource, actions: MenuActions): Promise<void> {
  const t = await translator(language);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuItems((key) => t(key), process.platform, actions)));
}

/** On macOS these live in the app menu, as the platform expects, instead of File and Help. */
const inAppMenuOnMac = (entry: MenuEntry) =>
  entry.type === 'about' || (entry.type === 'role' && entry.role === 'quit') || (entry.type === 'command' && entry.command === 'app.settings');

export function menuItems(t: Translate, platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const item = (entry: MenuEntry): MenuItemConstructorOptions => {
    switch (entry.type) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: entry.role, label: t(entry.labelKey) };
      case 'about':
        return { label: t(entry.labelKey), click: (_item, window) => actions.about(window) };
      case 'submenu':
        return { label: t(entry.labelKey), submenu: tidySeparators(entry.entries).map(item) };
      case 'command':
        return {
          label: t(entry.labelKey),
          // The renderer handles the keys itself, so they work the same in Electron and in the
          // Chromium host; the menu only shows them.
          accelerator: acceleratorOf(entry.command) ?? undefined,
          registerAccelerator: false,
          click: (_item, window) => actions.command(entry.command, window),
        };
    }
  };

  const sections: MenuItemConstructorOptions[] = menuTemplate
    .map((section) => ({
      label: t(section.labelKey),
      submenu: tidySeparators(section.entries.filter((entry) => !(mac && inAppMenuOnMac(entry)))).map(item),
    }))
    .filter((section) => section.submenu.length > 0);

  if (!mac) return sections;

  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [
      item({ type: 'about', labelKey: 'menu.about' }),
      { type: 'separator' },
      item({ type: 'command', command: 'app.settings', labelKey: 'menu.settings' }),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      item({ type: 'role', role: 'quit', labelKey: 'menu.quit' }),
    ],
  };
  return [appMenu, ...sections, { role: 'windowMenu' }];
}
