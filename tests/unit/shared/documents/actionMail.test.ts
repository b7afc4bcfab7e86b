import { describe, expect, it } from 'vitest';
import { actionCalendar, actionMail, ownerFileName } from '../../../../shared/documents/actionMail';
import { openActionsByOwner } from '../../../../shared/documents/actionOwners';
import type { Workshop } from '../../../../shared/model/workshop';
import { reportWorkshop } from '../../helpers/reportWorkshop';

function workshop(): Workshop {
  const doc = reportWorkshop();
  const base = doc.actions[0]!;
  doc.actions = [
    { ...base, id: 'a1', what: 'Ring leverantören', owner: 'Anders Berg', dueDate: '2026-05-04', status: 'notStarted' },
    { ...base, id: 'a2', what: 'Skriv rutinen', owner: 'anders berg ', dueDate: '2026-04-28', status: 'inProgress' },
    { ...base, id: 'a3', what: 'Uppdatera kartan', owner: 'Anders Berg', dueDate: '2026-04-28', status: 'notStarted' },
    { ...base, id: 'a4', what: 'Klart redan', owner: 'Anders Berg', dueDate: '2026-04-01', status: 'done' },
    { ...base, id: 'a5', what: 'Utan datum', owner: 'Lena Holm', dueDate: null, status: 'notStarted' },
    { ...base, id: 'a6', what: 'Ingen ägare', owner: '  ', dueDate: '2026-04-30', status: 'notStarted' },
  ];
  doc.participants = doc.participants.map((p) => (p.name === 'Lena Holm' ? { ...p, email: 'lena.holm(at)kommun' } : p));
  return doc;
}

describe('open actions by owner', () => {
  it('groups by name whatever the case and spacing, leaves done actions out, and counts those without owner', () => {
    const { owners, withoutOwner } = openActionsByOwner(workshop());
    expect(owners.map((o) => [o.owner, o.email, o.actions.map((a) => a.id)])).toEqual([
      ['Anders Berg', 'anders.berg@kommun.example', ['a2', 'a3', 'a1']],
      ['Lena Holm', null, ['a5']],
    ]);
    expect(owners[1]!.invalidEmail).toBe('lena.holm(at)kommun');
    expect(withoutOwner).toBe(1);
  });
});

describe('the e-mail to an owner', () => {
  it('greets the owner, lists the actions by due date with their status, in the workshop’s language', () => {
    const doc = workshop();
    const [anders] = openActionsByOwner(doc).owners;
    const mail = actionMail(doc, anders!, 'sv', '2026-04-29', true);
    expect(mail.subject).toBe('Dina åtgärder från Förbättringsgrupp bygglov – uppföljning april (14 april 2026)');
    expect(mail.text).toContain('Hej Anders Berg!');
    expect(mail.text).toContain('Här är dina 3 öppna åtgärder från');
    expect(mail.text).toContain('1. Skriv rutinen\n   Klart senast 28 april 2026 (försenad) · Pågår');
    expect(mail.text).toContain('3. Ring leverantören\n   Klart senast 4 maj 2026 · Ej påbörjad');
    expect(mail.text).toContain('Kalenderfilen i bilagan');
    expect(mail.text.trimEnd().endsWith('Karin Lindqvist')).toBe(true);
  });

  it('uses the singular for one action (plural rules, not a hard-coded form)', () => {
    const doc = workshop();
    const lena = openActionsByOwner(doc).owners[1]!;
    expect(actionMail(doc, lena, 'nb', '2026-04-20', false).text).toContain('Her er det åpne tiltaket ditt fra');
    expect(actionMail(doc, lena, 'en', '2026-04-20', false).text).not.toContain('calendar');
  });
});

describe('the calendar reminders', () => {
  it('has one all-day event per due date, listing what is due, with a reminder that morning', () => {
    const doc = workshop();
    const [anders] = openActionsByOwner(doc).owners;
    const ics = actionCalendar(doc, anders!, 'sv')!;
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260428');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260504');
    expect(unfolded).toContain('SUMMARY:2 åtgärder ska vara klara');
    expect(unfolded).toContain('DESCRIPTION:• Skriv rutinen\\n• Uppdatera kartan');
    expect(unfolded).toContain('TRIGGER;RELATED=START:PT8H');
    expect(unfolded).toContain(`UID:${doc.id}-anders-berg-2026-04-28@verkstad`);
  });

  it('is not made for an owner whose open actions have no due date', () => {
    const doc = workshop();
    expect(actionCalendar(doc, openActionsByOwner(doc).owners[1]!, 'en')).toBeNull();
  });

  it('names the files after the owner, without characters a file system refuses', () => {
    expect(ownerFileName('Anders Berg', 'sv', 'eml')).toBe('Anders Berg – åtgärder.eml');
    expect(ownerFileName('A/B: "C"', 'nb', 'ics')).toBe('A B C – tiltak.ics');
  });
});
