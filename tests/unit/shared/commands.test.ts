import { describe, expect, it } from 'vitest';
import { AppCommandId, acceleratorOf, flatEntries, menuTemplate, shortcuts } from '../../../shared/commands';
import { catalogues } from '../../../shared/i18n';

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), tree);
}

describe('menus and keyboard shortcuts', () => {
  it('every app command has a shortcut entry', () => {
    expect(Object.keys(shortcuts).sort()).toEqual([...AppCommandId.options].sort());
  });

  it('shows the canvas actions’ own keys as accelerators in the menu', () => {
    expect(acceleratorOf('zoom.in')).toBe('Plus');
    expect(acceleratorOf('order.front')).toBe('CmdOrCtrl+Shift+]');
    expect(acceleratorOf('align.left')).toBe('Alt+Shift+L');
    expect(acceleratorOf('workshop.save')).toBe('CmdOrCtrl+S');
  });

  it('no two commands share a keyboard shortcut', () => {
    const keys = Object.values(shortcuts).flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every menu label exists in every language', () => {
    const labelKeys = menuTemplate.flatMap((section) => [
      section.labelKey,
      ...flatEntries(section.entries).flatMap((entry) => ('labelKey' in entry ? [entry.labelKey] : [])),
    ]);
    for (const [lang, catalogue] of Object.entries(catalogues)) {
      for (const key of labelKeys) expect(typeof lookup(catalogue, key), `${lang}: ${key}`).toBe('string');
    }
  });
});
