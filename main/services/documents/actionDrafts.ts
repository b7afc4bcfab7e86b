import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { actionCalendar, actionMail, ownerFileName } from '../../../shared/documents/actionMail';
import { openActionsByOwner } from '../../../shared/documents/actionOwners';
import type { Language, Workshop } from '../../../shared/model/workshop';
import { writeFileDurably, type DurableWriteOptions } from '../durableWrite';

/**
 * "Send actions…": for each owner with open actions, an e-mail draft (.eml) listing them, with the
 * calendar reminders (.ics) attached and also written beside it, in a folder the user picked.
 * The message is composed by nodemailer's MailComposer (MIME, encodings, line lengths), marked
 * `X-Unsent: 1` so Outlook opens it as a draft to send; nothing is sent from here.
 */
export interface OwnerDraft {
  owner: string;
  email: string | null;
  actions: number;
  files: string[];
}

export interface ActionDraftsResult {
  drafts: OwnerDraft[];
  /** Open actions with nobody named as owner: they go in no e-mail. */
  withoutOwner: number;
}

export async function composeEml(message: { to: { name: string; address: string } | null; subject: string; text: string; calendar: { fileName: string; content: string } | null }): Promise<Buffer> {
  const composer = new MailComposer({
    ...(message.to ? { to: message.to } : {}),
    subject: message.subject,
    text: message.text,
    headers: { 'X-Unsent': '1' },
    attachments: message.calendar ? [{ filename: message.calendar.fileName, content: message.calendar.content, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] : [],
    // Only what we hand it: never a file or an address to read content from.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}

export async function writeActionDrafts(request: { doc: Workshop; language: Language; today: string; folder: string; writeOptions?: DurableWriteOptions }): Promise<ActionDraftsResult> {
  const { doc, language, today, folder } = request;
  const { owners, withoutOwner } = openActionsByOwner(doc);
  const drafts: OwnerDraft[] = [];
  for (const owner of owners) {
    const calendar = actionCalendar(doc, owner, language);
    const mail = actionMail(doc, owner, language, today, calendar !== null);
    const files: string[] = [];
    const icsName = ownerFileName(owner.owner, language, 'ics');
    if (calendar !== null) {
      await writeFileDurably(join(folder, icsName), calendar, request.writeOptions);
      files.push(icsName);
    }
    const eml = await composeEml({ to: owner.email ? { name: owner.owner, address: owner.email } : null, subject: mail.subject, text: mail.text, calendar: calendar === null ? null : { fileName: icsName, content: calendar } });
    const emlName = ownerFileName(owner.owner, language, 'eml');
    await writeFileDurably(join(folder, emlName), eml, request.writeOptions);
    files.unshift(emlName);
    drafts.push({ owner: owner.owner, email: owner.email, actions: owner.actions.length, files });
  }
  return { drafts, withoutOwner };
}
