import { defineArea } from '../area';

/**
 * Documents in and out (issue 14): Word minutes, the record's tables as CSV and Excel, action
 * e-mails and calendar reminders, draw.io import and export.
 */
export const exchange = defineArea(
  {
    tables: {
      overdue: 'Overdue',
      carried: 'Carried over',
      email: 'E-mail',
      minutesLate: 'Minutes late',
      polls: 'Polls',
      question: 'Question',
      answers: 'Answers',
      mean: 'Mean',
    },
    mail: {
      subject: 'Your actions from {{workshop}}',
      greeting: 'Hello {{name}},',
      intro_one: 'Here is your open action from {{workshop}}:',
      intro_other: 'Here are your {{count}} open actions from {{workshop}}:',
      due: 'Due {{date}}',
      calendarAttached: 'The attached calendar file has a reminder on each due date.',
      closing: 'Best regards',
      closingWithName: 'Best regards,\n{{name}}',
      calendarName: 'Actions from {{workshop}}',
      eventOne: 'Due: {{what}}',
      eventMany: '{{count}} actions due',
      eventFrom: 'From the workshop {{workshop}}.',
      fileName: '{{owner}} – actions',
    },
    cli: {
      wrote: 'Wrote {{file}} in {{ms}} ms.',
    },
    errors: {
      template: {
        missing: 'The Word template “{{name}}” cannot be found.',
        unreadable: 'The Word template “{{name}}” cannot be read.',
        notWord: 'The Word template “{{name}}” is not a Word document (.docx or .dotx), or it is damaged.',
        noStyles: 'The Word template “{{name}}” has no styles to use.',
        tooLarge: 'The Word template “{{name}}” is larger than 30 MB.',
      },
    },
  },
  {
    sv: {
      tables: {
        overdue: 'Försenad',
        carried: 'Överförd',
        email: 'E-post',
        minutesLate: 'Minuter sent',
        polls: 'Skalfrågor',
        question: 'Fråga',
        answers: 'Svar',
        mean: 'Medelvärde',
      },
      mail: {
        subject: 'Dina åtgärder från {{workshop}}',
        greeting: 'Hej {{name}}!',
        intro_one: 'Här är din öppna åtgärd från {{workshop}}:',
        intro_other: 'Här är dina {{count}} öppna åtgärder från {{workshop}}:',
        due: 'Klart senast {{date}}',
        calendarAttached: 'Kalenderfilen i bilagan har en påminnelse för varje datum.',
        closing: 'Vänliga hälsningar',
        closingWithName: 'Vänliga hälsningar\n{{name}}',
        calendarName: 'Åtgärder från {{workshop}}',
        eventOne: 'Klart senast i dag: {{what}}',
        eventMany: '{{count}} åtgärder ska vara klara',
        eventFrom: 'Från workshoppen {{workshop}}.',
        fileName: '{{owner}} – åtgärder',
      },
      cli: {
        wrote: 'Skrev {{file}} på {{ms}} ms.',
      },
      errors: {
        template: {
          missing: 'Word-mallen ”{{name}}” hittas inte.',
          unreadable: 'Word-mallen ”{{name}}” går inte att läsa.',
          notWord: 'Word-mallen ”{{name}}” är inte ett Word-dokument (.docx eller .dotx), eller så är den skadad.',
          noStyles: 'Word-mallen ”{{name}}” har inga format att använda.',
          tooLarge: 'Word-mallen ”{{name}}” är större än 30 MB.',
        },
      },
    },
    nb: {
      tables: {
        overdue: 'Forsinket',
        carried: 'Overført',
        email: 'E-post',
        minutesLate: 'Minutter for sent',
        polls: 'Skalaspørsmål',
        question: 'Spørsmål',
        answers: 'Svar',
        mean: 'Gjennomsnitt',
      },
      mail: {
        subject: 'Dine tiltak fra {{workshop}}',
        greeting: 'Hei {{name}}!',
        intro_one: 'Her er det åpne tiltaket ditt fra {{workshop}}:',
        intro_other: 'Her er de {{count}} åpne tiltakene dine fra {{workshop}}:',
        due: 'Frist {{date}}',
        calendarAttached: 'Kalenderfilen i vedlegget har en påminnelse på hver frist.',
        closing: 'Vennlig hilsen',
        closingWithName: 'Vennlig hilsen\n{{name}}',
        calendarName: 'Tiltak fra {{workshop}}',
        eventOne: 'Frist i dag: {{what}}',
        eventMany: '{{count}} tiltak har frist',
        eventFrom: 'Fra workshopen {{workshop}}.',
        fileName: '{{owner}} – tiltak',
      },
      cli: {
        wrote: 'Skrev {{file}} på {{ms}} ms.',
      },
      errors: {
        template: {
          missing: 'Finner ikke Word-malen «{{name}}».',
          unreadable: 'Word-malen «{{name}}» kan ikke leses.',
          notWord: 'Word-malen «{{name}}» er ikke et Word-dokument (.docx eller .dotx), eller den er skadet.',
          noStyles: 'Word-malen «{{name}}» har ingen stiler å bruke.',
          tooLarge: 'Word-malen «{{name}}» er større enn 30 MB.',
        },
      },
    },
  },
);
