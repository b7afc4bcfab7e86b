import { describe, expect, it } from 'vitest';
import { actionForKey, canvasActions } from '../../../../../renderer/boards/canvas/actions/registry';
import { canvasActionSpecs } from '../../../../../shared/canvasActions';
import { menuTemplate } from '../../../../../shared/commands';
import { shapeModules } from '../../../../../shared/shapes/registry';

const key = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init }) as KeyboardEvent;

describe('canvas actions', () => {
  it('are registered once each, for every action the shared list describes', () => {
    const ids = canvasActions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of canvasActionSpecs) expect(ids).toContain(spec.id);
  });

  it('appear in the menus by the same ids (align, arrange, zoom, present)', () => {
    const inMenus = menuTemplate.flatMap((s) => s.entries).flatMap((e) => (e.type === 'command' ? [e.command] : []));
    for (const id of ['align.left', 'distribute.horizontal', 'order.front', 'zoom.fit', 'presentation.toggle'] as const) expect(inMenus).toContain(id);
  });

  it('read Alt+Shift+L as align left, as draw.io does', () => {
    expect(actionForKey(key({ key: 'L', code: 'KeyL', altKey: true, shiftKey: true }))).toBe('align.left');
  });
});

describe('canvas shortcuts', () => {
  it('give every key to one command only', () => {
    const all = canvasActions.flatMap((b) => b.keys);
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });

  it('have a key for placing every shape type of the process-map set', () => {
    for (const type of ['startEnd', 'activity', 'decision', 'document', 'data', 'subProcess', 'wait', 'sticky', 'text', 'swimlane'])
      expect(canvasActions.some((b) => b.id === `place.${type}`)).toBe(true);
    expect(shapeModules.length).toBeGreaterThanOrEqual(10);
  });

  it('read keys by position, so Shift+1 fits the board on any keyboard layout', () => {
    expect(actionForKey(key({ key: '!', code: 'Digit1', shiftKey: true }))).toBe('zoom.fit');
    expect(actionForKey(key({ key: '2', code: 'Digit2' }))).toBe('place.activity');
    expect(actionForKey(key({ key: 'd', code: 'KeyD', ctrlKey: true }))).toBe('edit.duplicate');
    expect(actionForKey(key({ key: '}', code: 'BracketRight', ctrlKey: true, shiftKey: true }))).toBe('order.front');
  });

  it('know arrows with and without modifiers', () => {
    expect(actionForKey(key({ key: 'ArrowLeft', code: 'ArrowLeft' }))).toBe('nudge.left');
    expect(actionForKey(key({ key: 'ArrowLeft', code: 'ArrowLeft', shiftKey: true }))).toBe('nudgeFar.left');
    expect(actionForKey(key({ key: 'ArrowRight', code: 'ArrowRight', altKey: true }))).toBe('addConnected.right');
  });

  it('open the sheet with ? and ignore keys it does not know', () => {
    expect(actionForKey(key({ key: '?', code: 'Slash', shiftKey: true }))).toBe('shortcuts.show');
    expect(actionForKey(key({ key: 'q', code: 'KeyQ' }))).toBeNull();
  });
});
