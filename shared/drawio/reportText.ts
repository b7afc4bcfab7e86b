import type { TFunction } from 'i18next';
import type { ImportNote } from './report';

/** One line of the import report in the user's language (the app's report dialog and the command line say the same). */
export function importNoteText(t: TFunction, note: ImportNote): string {
  const from = note.kind === 'mapped' || note.kind === 'box' ? note.from.replace(/^mxgraph\./, '') : '';
  if (note.kind === 'mapped') return t('exchange.drawio.notes.mapped', { count: note.count, from, to: t(`canvas.shapes.${note.to}`) });
  return t(`exchange.drawio.notes.${note.kind}`, { count: note.count, from });
}
