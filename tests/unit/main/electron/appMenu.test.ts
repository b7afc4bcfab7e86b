import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, languages } from '../../../../shared/i18n';
import { acceleratorLabel, hasNativeMenu, inAppMenu, type InAppEntry } from '../../../../shared/inAppMenu';
import { fake } from './fakeElectron';

vi.mock('electron', () => fake);

type Row = { path: string; accelerator: string | null };

/** Every command of the Electron menu as "Section › Submenu › Label" with its accelerator. */
function nativeRows(items: MenuItemConstructorOptions[], path = ''): Row[] {
  return items.flatMap((item) => {
    if (Array.isArray(item.submenu)) return nativeRows(item.submenu, `${path}${item.label} › `);
    // Commands only (they leave the keys to the renderer): roles (cut, copy, quit …) and About are the OS's.
    if (item.type === 'separator' || item.role || item.registerAccelerator !== false) return [];
    return [{ path: `${path}${item.label}`, accelerator: (item.accelerator as string | undefined) ?? null }];
  });
}

function inAppRows(entries: InAppEntry[], path: string): Row[] {
  return entries.flatMap((entry) => {
    if (entry.type === 'submenu') return inAppRows(entry.entries, `${path}${entry.label} › `);
    if (entry.type === 'command') return [{ path: `${path}${entry.label}`, accelerator: entry.accelerator }];
    return [];
  });
}

describe('the in-app menu', () => {
  it.each(languages)('lists the same commands, labels and shortcuts as the Electron menu (%s)', async (lang) => {
    const { menuItems } = await import('../../../../main/electron/menu');
    const t = createI18n(lang).t as (key: string) => string;
    const native = nativeRows(menuItems(t, 'linux', { command: vi.fn(), about: vi.fn() }));
    const inApp = inAppMenu(t).flatMap((section) => inAppRows(section.entries, `${section.label} › `));
    expect(inApp).toEqual(native);
    // Nothing fell out through the filter: Export agenda… and the canvas's commands are there.
    expect(inApp.length).toBeGreaterThan(40);
    expect(inApp.map((row) => row.path)).toContain(`${t('menu.file')} › ${t('exchange.menu.export')} › ${t('report.menu.exportAgenda')}`);
    expect(inApp.map((row) => row.path)).toContain(`${t('canvasMenu.arrange')} › ${t('canvas.toolbar.alignLeft')}`);
  });

  it('leaves out only what the page does itself, and keeps full screen', () => {
    const t = (key: string) => key;
    const flat = (entries: InAppEntry[]): InAppEntry[] => entries.flatMap((e) => (e.type === 'submenu' ? [e, ...flat(e.entries)] : [e]));
    const all = inAppMenu(t).flatMap((s) => flat(s.entries));
    expect(all.filter((e) => e.type === 'fullscreen')).toEqual([{ type: 'fullscreen', label: 'menu.toggleFullScreen' }]);
    expect(all.some((e) => 'label' in e && ['menu.quit', 'menu.cut', 'menu.about'].includes(e.label))).toBe(false);
  });

  it('shows only where there is no native menu bar', () => {
    expect(hasNativeMenu({ host: 'electron', version: '1', platform: 'linux', language: 'sv' })).toBe(true);
    expect(hasNativeMenu({ host: 'chromium', version: '1', platform: 'linux', language: 'sv' })).toBe(false);
  });

  it('writes shortcuts as the platform does', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(acceleratorLabel('CmdOrCtrl+S', true)).toBe('⌘S');
    expect(acceleratorLabel('Shift+Up', false)).toBe('Shift+↑');
  });
});
