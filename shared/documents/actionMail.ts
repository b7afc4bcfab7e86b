import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { exchange } from '../i18n/areas/exchange';
import { formatDate } from '../i18n/format';
import type { ActionItem } from '../model/record';
import type { Language, Workshop } from '../model/workshop';
import { fill } from '../report/html';
import { isOverdue } from '../record/overdue';
import { catalogues, createI18n } from '../i18n';
import type { OwnerActions } from './actionOwners';

/**
 * "Send actions…": each owner's open actions as an e-mail draft and calendar reminders. Who is
 * who comes from the participant list (name → e-mail); the words are in the workshop's language.
 * The MIME message itself is composed in main (nodemailer); the calendar is built here with
 * ical-generator, which needs nothing but JavaScript.
 */
const translators = new Map<Language, ReturnType<typeof createI18n>['t']>();
/** i18next for the messages with plural forms; one instance per language. */
function translator(lang: Language) {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = createI18n(lang).t));
  return t;
}

export interface ActionMail {
  subject: string;
  text: string;
}

function workshopName(doc: Workshop, lang: Language): string {
  const title = doc.header.title.trim() || catalogues[lang].report.document.untitled;
  return doc.header.date ? `${title} (${formatDate(doc.header.date, lang)})` : title;
}

/** The e-mail's subject and plain text: a greeting, the actions with due dates and status, a closing. */
export function actionMail(doc: Workshop, owner: OwnerActions, lang: Language, today: string, withCalendar: boolean): ActionMail {
  const m = exchange[lang].mail;
  const a = catalogues[lang].report.actions;
  const workshop = workshopName(doc, lang);
  const lines = owner.actions.map((action, i) => {
    const due = action.dueDate ? fill(m.due, { date: formatDate(action.dueDate, lang) }) + (isOverdue(action, today) ? ` (${a.overdue})` : '') : a.noDue;
    return `${i + 1}. ${action.what.trim()}\n   ${due} · ${a.statuses[action.status]}`;
  });
  const facilitator = doc.header.facilitator.trim();
  const text = [
    fill(m.greeting, { name: owner.owner }),
    '',
    translator(lang)('exchange.mail.intro', { count: owner.actions.length, workshop }),
    '',
    ...lines,
    '',
    ...(withCalendar ? [m.calendarAttached, ''] : []),
    facilitator ? fill(m.closingWithName, { name: facilitator }) : m.closing,
  ].join('\n');
  return { subject: fill(m.subject, { workshop }), text: `${text}\n` };
}

/** The due dates of the owner's open actions, each with its actions. */
function byDueDate(actions: readonly ActionItem[]): Map<string, ActionItem[]> {
  const dates = new Map<string, ActionItem[]>();
  for (const action of actions) if (action.dueDate) dates.set(action.dueDate, [...(dates.get(action.dueDate) ?? []), action]);
  return dates;
}

const slug = (text: string) => text.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'owner';

/**
 * One all-day reminder per due date (08:00 that morning), listing what is due; null when no open
 * action has a due date. Ids are stable per workshop, owner and date, so importing the file again
 * updates the reminders instead of doubling them.
 */
export function actionCalendar(doc: Workshop, owner: OwnerActions, lang: Language): string | null {
  const dates = byDueDate(owner.actions);
  if (dates.size === 0) return null;
  const m = exchange[lang].mail;
  const workshop = workshopName(doc, lang);
  const calendar = ical({ name: fill(m.calendarName, { workshop }), prodId: { company: 'Verkstad', product: 'Verkstad', language: lang.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  for (const [date, actions] of [...dates].sort(([a], [b]) => a.localeCompare(b))) {
    const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
    const summary = actions.length === 1 ? fill(m.eventOne, { what: actions[0]!.what.trim().slice(0, 120) }) : fill(m.eventMany, { count: actions.length });
    const event = calendar.createEvent({
      id: `${doc.id}-${slug(owner.owner)}-${date}@verkstad`,
      start: new Date(Date.UTC(y, mo - 1, d)),
      allDay: true,
      summary,
      description: [...actions.map((action) => `• ${action.what.trim()}`), '', fill(m.eventFrom, { workshop })].join('\n'),
    });
    // At 08:00 on the day (ical-generator takes the relation only once the trigger is set).
    event.createAlarm({ type: ICalAlarmType.display, triggerAfter: 8 * 3600, description: summary }).relatesTo(ICalAlarmRelatesTo.start);
  }
  return calendar.toString();
}

/** A file name for the owner's files: no characters a file system refuses. */
export function ownerFileName(owner: string, lang: Language, extension: 'eml' | 'ics'): string {
  // eslint-disable-next-line no-control-regex
  const safe = owner.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'owner';
  return `${fill(exchange[lang].mail.fileName, { owner: safe })}.${extension}`;
}
