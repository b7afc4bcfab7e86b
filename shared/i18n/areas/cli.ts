import { defineArea } from '../area';

/** The command line (`npm run verkstad -- <command>`): usage, errors and the metrics printout. */
export const cli = defineArea(
  {
    usage:
      'Usage: verkstad <command> [options]\n\nCommands:\n  metrics <file.verkstad> [--json]   Print the value-stream metrics of each value-stream map\n  export <file.verkstad> --pdf <out.pdf> [--paper A4|A3|Letter] [--agenda]\n                                      Export the workshop report (or the agenda) as PDF\n  export <file.verkstad> --docx <out.docx> [--template <org.dotx>]\n                                      Export the record as a Word document\n  export <file.verkstad> --xlsx <out.xlsx> | --actions-csv <out.csv>\n                                      Export actions, attendance and polls (also --attendance-csv, --polls-csv, --dot-votes-csv)\n  export <file.verkstad> --drawio <out.drawio> [--board <name|number>]\n                                      Export the boards as a draw.io diagram\n  import <file.drawio> --out <file.verkstad>\n                                      Make a workshop of a draw.io diagram\n  validate <file.verkstad>            Check a workshop file and say what is wrong with it\n  kpi <file.verkstad> [--json]        Print every KPI of the goal board: latest value, status, trend\n  room <file.verkstad> [--host 127.0.0.1] [--port N]\n                                      Open the room: phones join, results are saved on Ctrl+C\n  help                                Show this help\n\nOptions:\n  --lang sv|nb|en                     Language of the output (default: from the system)\n  --tz <time zone>                    Time zone of the times and dates in exports (e.g. Europe/Stockholm; default: the system time zone)',
    unknownCommand: 'Unknown command “{{command}}”.',
    unknownOption: 'Unknown option “{{option}}”.',
    missingArgument: 'The command “{{command}}” needs a file: {{usage}}',
    noValueStreams: 'No value-stream maps in {{path}}.',
    board: '{{name}} ({{kind}})',
    noKpis: 'No KPIs in {{path}}.',
    kpiHeading_one: '{{team}}: {{count}} KPI',
    kpiHeading_other: '{{team}}: {{count}} KPIs',
    tolerance: 'tolerance {{value}}',
    wrongValues_one: '{{count}} data-box value cannot be read and is left out of the figures:',
    wrongValues_other: '{{count}} data-box values cannot be read and are left out of the figures:',
    wrongValue: '  ! {{board}}, “{{shape}}”, {{field}}: {{problem}}',
  },
  {
    sv: {
      usage:
        'Användning: verkstad <kommando> [flaggor]\n\nKommandon:\n  metrics <fil.verkstad> [--json]    Skriv ut nyckeltalen för varje värdeflödeskarta\n  export <fil.verkstad> --pdf <ut.pdf> [--paper A4|A3|Letter] [--agenda]\n                                     Exportera minnesanteckningarna (eller dagordningen) som PDF\n  export <fil.verkstad> --docx <ut.docx> [--template <mall.dotx>]\n                                     Exportera minnesanteckningarna som Word-dokument\n  export <fil.verkstad> --xlsx <ut.xlsx> | --actions-csv <ut.csv>\n                                     Exportera åtgärder, närvaro och skalfrågor (även --attendance-csv, --polls-csv, --dot-votes-csv)\n  export <fil.verkstad> --drawio <ut.drawio> [--board <namn|nummer>]\n                                     Exportera tavlorna som draw.io-diagram\n  import <fil.drawio> --out <fil.verkstad>\n                                     Gör en workshop av ett draw.io-diagram\n  validate <fil.verkstad>            Kontrollera en workshopfil och säg vad som är fel i den\n  kpi <fil.verkstad> [--json]        Skriv ut målstyrningstavlans nyckeltal: senaste värde, status, trend\n  room <fil.verkstad> [--host 127.0.0.1] [--port N]\n                                     Öppna rummet: telefoner går med, resultaten sparas vid Ctrl+C\n  help                               Visa den här hjälpen\n\nFlaggor:\n  --lang sv|nb|en                    Språk för utskriften (standard: systemets)\n  --tz <tidszon>                     Tidszon för tider och datum i exporter (t.ex. Europe/Stockholm; standard: systemets)',
      unknownCommand: 'Okänt kommando ”{{command}}”.',
      unknownOption: 'Okänd flagga ”{{option}}”.',
      missingArgument: 'Kommandot ”{{command}}” behöver en fil: {{usage}}',
      noValueStreams: 'Inga värdeflödeskartor i {{path}}.',
      board: '{{name}} ({{kind}})',
      noKpis: 'Inga nyckeltal i {{path}}.',
      kpiHeading_one: '{{team}}: {{count}} nyckeltal',
      kpiHeading_other: '{{team}}: {{count}} nyckeltal',
      tolerance: 'tolerans {{value}}',
      wrongValues_one: '{{count}} värde i en dataruta kan inte läsas och räknas inte med i nyckeltalen:',
      wrongValues_other: '{{count}} värden i datarutor kan inte läsas och räknas inte med i nyckeltalen:',
      wrongValue: '  ! {{board}}, ”{{shape}}”, {{field}}: {{problem}}',
    },
    nb: {
      usage:
        'Bruk: verkstad <kommando> [valg]\n\nKommandoer:\n  metrics <fil.verkstad> [--json]    Skriv ut nøkkeltallene for hvert verdistrømskart\n  export <fil.verkstad> --pdf <ut.pdf> [--paper A4|A3|Letter] [--agenda]\n                                     Eksporter referatet (eller dagsordenen) som PDF\n  export <fil.verkstad> --docx <ut.docx> [--template <mal.dotx>]\n                                     Eksporter referatet som Word-dokument\n  export <fil.verkstad> --xlsx <ut.xlsx> | --actions-csv <ut.csv>\n                                     Eksporter tiltak, oppmøte og skalaspørsmål (også --attendance-csv, --polls-csv, --dot-votes-csv)\n  export <fil.verkstad> --drawio <ut.drawio> [--board <navn|nummer>]\n                                     Eksporter tavlene som draw.io-diagram\n  import <fil.drawio> --out <fil.verkstad>\n                                     Lag en workshop av et draw.io-diagram\n  validate <fil.verkstad>            Kontroller en workshopfil og si hva som er galt med den\n  kpi <fil.verkstad> [--json]        Skriv ut målstyringstavlens nøkkeltall: siste verdi, status, trend\n  room <fil.verkstad> [--host 127.0.0.1] [--port N]\n                                     Åpne rommet: telefoner blir med, resultatene lagres ved Ctrl+C\n  help                               Vis denne hjelpen\n\nValg:\n  --lang sv|nb|en                    Språk for utskriften (standard: systemets)\n  --tz <tidssone>                    Tidssone for klokkeslett og datoer i eksporter (f.eks. Europe/Oslo; standard: systemets)',
      unknownCommand: 'Ukjent kommando «{{command}}».',
      unknownOption: 'Ukjent valg «{{option}}».',
      missingArgument: 'Kommandoen «{{command}}» trenger en fil: {{usage}}',
      noValueStreams: 'Ingen verdistrømskart i {{path}}.',
      board: '{{name}} ({{kind}})',
      noKpis: 'Ingen nøkkeltall i {{path}}.',
      kpiHeading_one: '{{team}}: {{count}} nøkkeltall',
      kpiHeading_other: '{{team}}: {{count}} nøkkeltall',
      tolerance: 'toleranse {{value}}',
      wrongValues_one: '{{count}} verdi i en databoks kan ikke leses og regnes ikke med i nøkkeltallene:',
      wrongValues_other: '{{count}} verdier i databokser kan ikke leses og regnes ikke med i nøkkeltallene:',
      wrongValue: '  ! {{board}}, «{{shape}}», {{field}}: {{problem}}',
    },
  },
);
