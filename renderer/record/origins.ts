import type { TFunction } from 'i18next';
import type { ActionOrigin } from '../../shared/model/record';
import type { Workshop } from '../../shared/model/workshop';

/**
 * What an action can come from, as options of one select: agenda items, decisions, boards and
 * the kaizen bursts on them. The value encodes the origin so a select can hold it.
 */
export interface OriginOption {
  value: string;
  label: string;
  group: 'agenda' | 'decision' | 'board';
}

export function originValue(origin: ActionOrigin | null): string {
  if (origin === null) return '';
  if (origin.kind === 'agendaItem') return `agendaItem:${origin.agendaItemId}`;
  if (origin.kind === 'decision') return `decision:${origin.decisionId}`;
  return origin.shapeId ? `board:${origin.boardId}:${origin.shapeId}` : `board:${origin.boardId}`;
}

export function originFromValue(value: string | null): ActionOrigin | null {
  if (!value) return null;
  const [kind, id, shapeId] = value.split(':');
  if (!id) return null;
  if (kind === 'agendaItem') return { kind: 'agendaItem', agendaItemId: id };
  if (kind === 'decision') return { kind: 'decision', decisionId: id };
  if (kind === 'board') return { kind: 'board', boardId: id, shapeId: shapeId ?? null };
  return null;
}

const short = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

/** Kaizen bursts on a board, read leniently: the canvas owns the shapes. */
function kaizenBursts(board: Workshop['boards'][number]): { id: string; text: string }[] {
  const shapes = (board as { shapes?: unknown }).shapes;
  if (!Array.isArray(shapes)) return [];
  return shapes.flatMap((shape: unknown) => {
    if (typeof shape !== 'object' || shape === null) return [];
    const { id, type, text } = shape as { id?: unknown; type?: unknown; text?: unknown };
    return typeof id === 'string' && typeof type === 'string' && /kaizen/i.test(type) ? [{ id, text: typeof text === 'string' ? text : '' }] : [];
  });
}

export function originOptions(doc: Workshop, t: TFunction): OriginOption[] {
  const options: OriginOption[] = [];
  for (const item of doc.agenda.items) {
    if (item.kind !== 'item') continue;
    options.push({ value: originValue({ kind: 'agendaItem', agendaItemId: item.id }), label: t('record.actions.originAgenda', { title: short(item.title || t('record.notes.untitledItem')) }), group: 'agenda' });
  }
  for (const decision of doc.decisions) {
    options.push({ value: originValue({ kind: 'decision', decisionId: decision.id }), label: t('record.actions.originDecision', { text: short(decision.text) }), group: 'decision' });
  }
  for (const board of doc.boards) {
    options.push({ value: originValue({ kind: 'board', boardId: board.id, shapeId: null }), label: t('record.actions.originBoard', { name: short(board.name) }), group: 'board' });
    for (const burst of kaizenBursts(board)) {
      options.push({
        value: originValue({ kind: 'board', boardId: board.id, shapeId: burst.id }),
        label: `${t('record.actions.originBoard', { name: short(board.name) })} · ${short(burst.text || 'kaizen')}`,
        group: 'board',
      });
    }
  }
  return options;
}

export function originLabel(origin: ActionOrigin | null, options: readonly OriginOption[]): string | null {
  if (origin === null) return null;
  return options.find((o) => o.value === originValue(origin))?.label ?? null;
}
