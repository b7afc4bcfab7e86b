import type { TFunction } from 'i18next';
import { shapeModules } from '../shapes/registry';
import type { ImportNote } from './report';

/** Each shape type's name, as the toolbox shows it (the value-stream shapes' names are in the vsm area). */
const labelKeys = new Map<string, string>(shapeModules.map((m) => [m.type, m.labelKey]));

/** One line of the import report in the user's language (the app's report dialog and the command line say the same). */
export function importNoteText(t: TFunction, note: ImportNote): string {
  const from = note.kind === 'mapped' || note.kind === 'box' ? note.from.replace(/^mxgraph\./, '') : '';
  if (note.kind === 'mapped') return t('exchange.drawio.notes.mapped', { count: note.count, from, to: t(labelKeys.get(note.to) ?? note.to) });
  return t(`exchange.drawio.notes.${note.kind}`, { count: note.count, from });
}
