import { newWorkshop } from '../../../../../shared/model/defaults';
import { serializeWorkshop } from '../../../../../shared/model/load';
import type { Workshop } from '../../../../../shared/model/workshop';

/**
 * Two large, different workshops (about 3 MB of JSON each), built the same way in the test and
 * in the child process, so the test can tell which complete version a file holds.
 */
export function bigWorkshop(variant: 'A' | 'B'): Workshop {
  const filler = variant === 'A' ? 'Åtgärd för ledtid och väntan i flödet. ' : 'Ny rutin för överlämning mellan team. ';
  return {
    // Every field a new workshop has, so the helper keeps up with the format version.
    ...newWorkshop(),
    id: `big-workshop-${variant}`,
    createdAt: '2026-03-01T08:00:00.000Z',
    header: {
      title: `Stor workshop ${variant}`,
      date: '2026-03-24',
      startTime: '08:30',
      place: 'Verkstaden',
      facilitator: 'Test',
      purpose: `Variant ${variant}`,
      language: 'sv',
    },
    participants: [],
    agenda: {
      items: Array.from({ length: 80 }, (_, i) => ({
        id: `${variant}-${i}`,
        kind: 'item' as const,
        title: `Punkt ${i + 1} (${variant})`,
        plannedMinutes: 5 + (i % 30),
        notes: `${variant}${i}: ${filler.repeat(45_000 / filler.length)}`.slice(0, 45_000),
        owner: '',
        ownerParticipantId: null,
        pinnedStart: null,
        shows: null,
      })),
      plannedEnd: null,
    },
    boards: [],
    actions: [],
    decisions: [],
    parkingLot: [],
  };
}

export function bigWorkshopText(variant: 'A' | 'B'): string {
  return serializeWorkshop(bigWorkshop(variant));
}
