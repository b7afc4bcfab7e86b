import { canvasActionSpec, type CanvasActionId } from '../../../../shared/canvasActions';
import type { ShapeType } from '../../../../shared/model/board';
import { shapeModules } from '../../../../shared/shapes/registry';
import type { Tool } from '../../../editor/board/canvasState';
import { always, canWrite, type CanvasAction } from './action';

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

const tool = (id: CanvasActionId, value: Tool, write = false): CanvasAction => ({
  ...canvasActionSpec(id),
  isEnabled: write ? canWrite : always,
  run: (c) => c.setTool(value),
});

export const toolActions: CanvasAction[] = [
  tool('tool.select', { kind: 'select' }),
  tool('tool.hand', { kind: 'hand' }),
  tool('tool.connect', { kind: 'connect' }, true),
  ...shapeModules.flatMap((m): CanvasAction[] => {
    const type = m.type as ShapeType;
    const key = placeKeys[type];
    if (key === undefined) return [];
    return [{ id: `place.${type}`, keys: [key], labelKey: m.labelKey, group: 'shapes', isEnabled: canWrite, run: (c) => void c.placeFromKeyboard(type) }];
  }),
];
