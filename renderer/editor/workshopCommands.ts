import { newAgendaItem } from '../../shared/model/defaults';
import type { AgendaItem, AgendaItemKind, Header } from '../../shared/model/workshop';
import type { Editor } from './editor';

/** The edits a user can make to the workshop header and agenda, each one undo step. */

export type TextHeaderField = Exclude<keyof Header, 'language'>;

export function setHeaderField<F extends TextHeaderField>(editor: Editor, field: F, value: Header[F]): void {
  editor.run(
    `header.${field}`,
    (doc) => {
      doc.header[field] = value;
    },
    { coalesceKey: `header.${field}` },
  );
}

export function addAgendaItem(editor: Editor, kind: AgendaItemKind = 'item', plannedMinutes = 15): string {
  const item = newAgendaItem(kind, plannedMinutes);
  editor.run('agenda.add', (doc) => {
    doc.agenda.items.push(item);
  });
  return item.id;
}

export function updateAgendaItem(editor: Editor, id: string, patch: Partial<Omit<AgendaItem, 'id'>>): void {
  const keys = Object.keys(patch).sort().join(',');
  editor.run(
    'agenda.update',
    (doc) => {
      const item = doc.agenda.items.find((candidate) => candidate.id === id);
      if (item) Object.assign(item, patch);
    },
    { coalesceKey: `agenda.${id}.${keys}` },
  );
}

export function moveAgendaItem(editor: Editor, id: string, toIndex: number): void {
  editor.run('agenda.move', (doc) => {
    const from = doc.agenda.items.findIndex((item) => item.id === id);
    const target = Math.max(0, Math.min(toIndex, doc.agenda.items.length - 1));
    if (from < 0 || from === target) return;
    const [item] = doc.agenda.items.splice(from, 1);
    if (item) doc.agenda.items.splice(target, 0, item);
  });
}

export function deleteAgendaItem(editor: Editor, id: string): void {
  editor.run('agenda.delete', (doc) => {
    const index = doc.agenda.items.findIndex((item) => item.id === id);
    if (index >= 0) doc.agenda.items.splice(index, 1);
  });
}

/** Replaces the agenda's items with a template's (one undo step); the run log is not touched. */
export function replaceAgendaItems(editor: Editor, items: Omit<AgendaItem, 'id'>[]): void {
  editor.run('agenda.template', (doc) => {
    doc.agenda.items = items.map((item) => ({ ...newAgendaItem(item.kind, item.plannedMinutes), ...item }));
  });
}

export function setPlannedEnd(editor: Editor, plannedEnd: string | null): void {
  editor.run(
    'agenda.plannedEnd',
    (doc) => {
      doc.agenda.plannedEnd = plannedEnd;
    },
    { coalesceKey: 'agenda.plannedEnd' },
  );
}
