import { describe, expect, it } from 'vitest';
import { actionForKey, keyBindings } from '../../../../../renderer/boards/canvas/canvasKeys';
import { shapeModules } from '../../../../../shared/shapes/registry';

const key = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init }) as KeyboardEvent;

describe('canvas shortcuts', () => {
  it('give every key to one command only', () => {
    const all = keyBindings.flatMap((b) => b.keys);
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });

  it('have a key for placing every shape type of the process-map set', () => {
    for (const type of ['startEnd', 'activity', 'decision', 'document', 'data', 'subProcess', 'wait', 'sticky', 'text', 'swimlane'])
      expect(keyBindings.some((b) => b.action === `place.${type}`)).toBe(true);
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
