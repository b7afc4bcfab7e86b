import { newAgendaItem, newWorkshop } from '../../../shared/model/defaults';
import type { Workshop } from '../../../shared/model/workshop';

/** A small valid workshop with a title, a start time and three agenda items. */
export function sampleWorkshop(title = 'Förbättringsmöte vecka 12'): Workshop {
  const doc = newWorkshop(new Date('2026-03-16T07:30:00.000Z'));
  doc.header.title = title;
  doc.header.date = '2026-03-19';
  doc.header.startTime = '09:00';
  doc.header.place = 'Konferensrum Ladan';
  doc.agenda.items = [
    { ...newAgendaItem('item', 30), title: 'Uppföljning av åtgärder' },
    { ...newAgendaItem('break', 15), title: 'Fika' },
    { ...newAgendaItem('item', 45), title: 'Nya avvikelser' },
  ];
  return doc;
}
