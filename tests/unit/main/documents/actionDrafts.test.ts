import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { writeActionDrafts } from '../../../../main/services/documents/actionDrafts';
import { reportWorkshop } from '../../helpers/reportWorkshop';
import { useTempDir } from '../../helpers/tempDir';

describe('Send actions: e-mail drafts and calendar files', () => {
  const dir = useTempDir('verkstad-drafts-');

  it('writes one draft per owner with open actions, addressed from the participant list, with the reminders attached', async () => {
    const result = await writeActionDrafts({ doc: reportWorkshop(), language: 'sv', today: '2026-04-20', folder: dir.path });
    expect(result.drafts.map((d) => [d.owner, d.email, d.actions])).toEqual([
      ['Anders Berg', 'anders.berg@kommun.example', 1],
      ['Fatima Said', null, 1],
      ['Jonas Ek', 'jonas.ek@kommun.example', 1],
    ]);
    expect((await readdir(dir.path)).sort()).toEqual([
      'Anders Berg – åtgärder.eml',
      'Anders Berg – åtgärder.ics',
      'Fatima Said – åtgärder.eml',
      'Fatima Said – åtgärder.ics',
      'Jonas Ek – åtgärder.eml',
      'Jonas Ek – åtgärder.ics',
    ]);
    const raw = await readFile(join(dir.path, 'Anders Berg – åtgärder.eml'));
    expect(raw.toString('latin1')).toContain('X-Unsent: 1');
    const mail = await simpleParser(raw);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([{ name: 'Anders Berg', address: 'anders.berg@kommun.example' }]);
    expect(mail.subject).toBe('Dina åtgärder från Förbättringsgrupp bygglov – uppföljning april (14 april 2026)');
    expect(mail.text).toContain('1. Ta fram checklista för kompletta ansökningar');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['Anders Berg – åtgärder.ics', 'text/calendar']]);
    expect(mail.attachments[0]!.content.toString('utf8')).toContain('DTSTART;VALUE=DATE:20260430');
    // An owner without an address still gets a draft, to be addressed by hand.
    const fatima = await simpleParser(await readFile(join(dir.path, 'Fatima Said – åtgärder.eml')));
    expect(fatima.to).toBeUndefined();
  });

  it('writes nothing when nobody has an open action', async () => {
    const doc = reportWorkshop();
    doc.actions = doc.actions.map((a) => ({ ...a, status: 'done' as const }));
    const result = await writeActionDrafts({ doc, language: 'en', today: '2026-04-20', folder: dir.path });
    expect(result.drafts).toEqual([]);
    expect(await readdir(dir.path)).toEqual([]);
  });
});
