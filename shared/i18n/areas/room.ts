import { defineArea } from '../area';

/** The room on the facilitator's side: opening it, activities, results; and `verkstad room` on the command line. */
export const room = defineArea(
  {
    inbox: {
      heading: 'Inbox: ideas from the room',
    },
    cli: {
      usage: 'Usage',
      badPort: 'The port “{{value}}” is not a number from 0 to 65535.',
      unknownArgument: 'Unknown argument “{{argument}}”.',
      readOnly: '{{file}} was saved by a newer version of Verkstad; the room cannot save into it.',
      cannotOpen: 'Could not open {{file}}: {{detail}}',
      cannotStart: 'The room could not open on {{host}}: {{detail}}',
      code: 'Or open {{url}} and type the code {{code}}.',
      commands:
        'Commands: poll scale 1 6 <question> | poll choice <question> | <option> | <option> … | poll text <question> | dots <n> [<prompt>] | ideas [<prompt>] | end | status. Ctrl+C saves and closes the room.',
      checkedIn: '{{name}} checked in at {{time}}.',
      ideas: 'New ideas on the board: {{count}}.',
      opened: 'Open for the phones: {{kind}}.',
      ended: 'Ended; the results are in the workshop.',
      nothingOpen: 'Nothing is open.',
      badCommand: 'Not a command; see “Commands” above.',
      noStickies: 'There are no stickies to vote on.',
      ideasBoard: 'Ideas',
      saved: 'Saved the room’s results in {{file}}.',
      roomSuffix: 'room',
      savedAside: '{{file}} was changed by someone else while the room was open. It was left as it was; the room’s results are in {{aside}}.',
      notSaved: 'Could not save {{file}}: {{detail}}',
    },
  },
  {
    sv: {
      inbox: {
        heading: 'Inkorg: idéer från rummet',
      },
      cli: {
        usage: 'Användning',
        badPort: 'Porten ”{{value}}” är inte ett tal från 0 till 65535.',
        unknownArgument: 'Okänt argument ”{{argument}}”.',
        readOnly: '{{file}} sparades av en nyare version av Verkstad; rummet kan inte spara i den.',
        cannotOpen: 'Det gick inte att öppna {{file}}: {{detail}}',
        cannotStart: 'Rummet kunde inte öppnas på {{host}}: {{detail}}',
        code: 'Eller öppna {{url}} och skriv koden {{code}}.',
        commands:
          'Kommandon: poll scale 1 6 <fråga> | poll choice <fråga> | <alternativ> | <alternativ> … | poll text <fråga> | dots <n> [<uppmaning>] | ideas [<uppmaning>] | end | status. Ctrl+C sparar och stänger rummet.',
        checkedIn: '{{name}} checkade in {{time}}.',
        ideas: 'Nya idéer på tavlan: {{count}}.',
        opened: 'Öppet för telefonerna: {{kind}}.',
        ended: 'Avslutat; resultaten finns i workshopen.',
        nothingOpen: 'Inget är öppet.',
        badCommand: 'Inget kommando; se ”Kommandon” ovan.',
        noStickies: 'Det finns inga lappar att rösta på.',
        ideasBoard: 'Idéer',
        saved: 'Rummets resultat sparades i {{file}}.',
        roomSuffix: 'rummet',
        savedAside: '{{file}} ändrades av någon annan medan rummet var öppet. Den lämnades som den var; rummets resultat finns i {{aside}}.',
        notSaved: 'Det gick inte att spara {{file}}: {{detail}}',
      },
    },
    nb: {
      inbox: {
        heading: 'Innboks: ideer fra rommet',
      },
      cli: {
        usage: 'Bruk',
        badPort: 'Porten «{{value}}» er ikke et tall fra 0 til 65535.',
        unknownArgument: 'Ukjent argument «{{argument}}».',
        readOnly: '{{file}} ble lagret av en nyere versjon av Verkstad; rommet kan ikke lagre i den.',
        cannotOpen: 'Kunne ikke åpne {{file}}: {{detail}}',
        cannotStart: 'Rommet kunne ikke åpnes på {{host}}: {{detail}}',
        code: 'Eller åpne {{url}} og skriv koden {{code}}.',
        commands:
          'Kommandoer: poll scale 1 6 <spørsmål> | poll choice <spørsmål> | <alternativ> | <alternativ> … | poll text <spørsmål> | dots <n> [<oppfordring>] | ideas [<oppfordring>] | end | status. Ctrl+C lagrer og lukker rommet.',
        checkedIn: '{{name}} sjekket inn {{time}}.',
        ideas: 'Nye ideer på tavlen: {{count}}.',
        opened: 'Åpent for telefonene: {{kind}}.',
        ended: 'Avsluttet; resultatene er i workshopen.',
        nothingOpen: 'Ingenting er åpent.',
        badCommand: 'Ikke en kommando; se «Kommandoer» over.',
        noStickies: 'Det finnes ingen lapper å stemme på.',
        ideasBoard: 'Ideer',
        saved: 'Rommets resultater ble lagret i {{file}}.',
        roomSuffix: 'rommet',
        savedAside: '{{file}} ble endret av noen andre mens rommet var åpent. Den ble latt være som den var; rommets resultater er i {{aside}}.',
        notSaved: 'Kunne ikke lagre {{file}}: {{detail}}',
      },
    },
  },
);
