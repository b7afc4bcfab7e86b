import type { DurationUnit } from '../../vsm/units';
import type { FieldKind } from './values';

/**
 * The data-box fields of each VSM shape, in the order the data box and the side panel list them.
 * `key` is the prop name; the labels live in the vsm catalogue (vsm.dataBox.<key>, vsm.fields).
 */
export type FieldSpec = { key: string; kind: FieldKind; unit?: DurationUnit };

export const processFieldSpecs: readonly FieldSpec[] = [
  { key: 'cycleTime', kind: 'duration', unit: 's' },
  { key: 'changeover', kind: 'duration', unit: 'min' },
  { key: 'uptime', kind: 'percent' },
  { key: 'operators', kind: 'count' },
  { key: 'shifts', kind: 'count' },
  { key: 'availableTime', kind: 'duration', unit: 'h' },
  { key: 'batchSize', kind: 'count' },
  { key: 'everyPartEvery', kind: 'duration', unit: 'wd' },
  { key: 'scrap', kind: 'percent' },
  { key: 'completeAccurate', kind: 'percent' },
];

export const serviceFieldSpecs: readonly FieldSpec[] = [
  { key: 'processTime', kind: 'duration', unit: 'min' },
  { key: 'leadTime', kind: 'duration', unit: 'h' },
  { key: 'completeAccurate', kind: 'percent' },
];

export const stockFieldSpecs: readonly FieldSpec[] = [
  { key: 'quantity', kind: 'number' },
  { key: 'waitingTime', kind: 'duration', unit: 'wd' },
];

export const fifoFieldSpecs: readonly FieldSpec[] = [...stockFieldSpecs, { key: 'max', kind: 'count' }];

/** Which data-box fields each VSM shape type has. */
export function specsOf(type: string): readonly FieldSpec[] | null {
  switch (type) {
    case 'vsmProcess':
    case 'vsmSharedProcess':
      return processFieldSpecs;
    case 'vsmServiceStep':
      return serviceFieldSpecs;
    case 'vsmInventory':
    case 'vsmSupermarket':
    case 'vsmSafetyStock':
      return stockFieldSpecs;
    case 'vsmFifoLane':
      return fifoFieldSpecs;
    default:
      return null;
  }
}
