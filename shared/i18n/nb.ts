import { run } from './areas/run';
import { record } from './areas/record';
import { vsm } from './areas/vsm';
import { teamBoards } from './areas/teamBoards';
import { cli } from './areas/cli';
import { canvas } from './areas/canvas';
import { canvasMenu } from './areas/canvasMenu';
import { canvasScroll } from './areas/canvasScroll';
import { minimap } from './areas/minimap';
import { appMenu } from './areas/appMenu';
import { report } from './areas/report';
import { room } from './areas/room';
import { phone } from './areas/phone';
import { access } from './areas/access';
import { outline } from './areas/outline';
import { exchange } from './areas/exchange';
import { files } from './areas/files';
import { failures } from './areas/failures';
import { input } from './areas/input';
import type { Catalogue } from './en';

export const nb: Catalogue = {
  app: {
    name: 'Verkstad',
    tagline: 'Kartlegg, led og dokumenter lean-workshoper',
  },
  menu: {
    file: 'Fil',
    edit: 'Rediger',
    view: 'Vis',
    help: 'Hjelp',
    new: 'Ny workshop',
    open: 'Åpne…',
    save: 'Lagre',
    saveAs: 'Lagre som…',
    close: 'Lukk workshop',
    settings: 'Innstillinger…',
    quit: 'Avslutt Verkstad',
    undo: 'Angre',
    redo: 'Gjør om',
    cut: 'Klipp ut',
    copy: 'Kopier',
    paste: 'Lim inn',
    selectAll: 'Merk alt',
    toggleFullScreen: 'Fullskjerm',
    about: 'Om Verkstad',
  },
  start: {
    newWorkshop: 'Ny workshop',
    open: 'Åpne…',
    recent: 'Nylige workshoper',
    noRecent: 'Workshoper du åpner eller lagrer, vises her.',
    missing: 'Finner ikke filen',
    removeFromList: 'Fjern fra listen',
    lastOpened: 'Åpnet {{when}}',
    recovery: 'Ulagret arbeid fra en tidligere økt',
    recoveryHint: 'Verkstad ble lukket før dette arbeidet ble lagret. Gjenopprett det for å beholde det, eller forkast det.',
    restore: 'Gjenopprett',
    discard: 'Forkast',
    untitled: 'Workshop uten navn',
    draftSavedAt: 'Siste endring {{when}}',
  },
  workshop: {
    untitled: 'Workshop uten navn',
    unsavedMarker: 'ulagrede endringer',
    readOnlyTitle: 'Åpnet skrivebeskyttet',
    readOnlyNewer:
      'Filen ble lagret av en nyere versjon av Verkstad (filformat {{version}}). Du kan lese den her, men for å endre den må du oppdatere Verkstad.',
    header: 'Workshop',
    title: 'Tittel',
    date: 'Dato',
    startTime: 'Starttid',
    place: 'Sted',
    facilitator: 'Prosessleder',
    purpose: 'Formål og mål',
  },
  run: run.nb,
  fields: {
    invalidTime: 'Angi et klokkeslett som TT:MM, for eksempel 09:30.',
  },
  views: {
    plan: 'Planlegging',
  },
  agenda: {
    heading: 'Dagsorden',
    addItem: 'Legg til agendapunkt',
    itemTitle: 'Agendapunkt',
    itemTitlePlaceholder: 'Hva handler punktet om?',
    plannedMinutes: 'Minutter',
    minutesShort: '{{count}} min',
    moveUp: 'Flytt opp',
    moveDown: 'Flytt ned',
    delete: 'Slett agendapunkt',
    dragHandle: 'Dra for å flytte',
    empty: 'Ingen agendapunkter ennå.',
    plannedEnd: 'Planlagt slutt {{time}}',
    total: 'Totalt {{duration}}',
    noStartTime: 'Angi en starttid for å se klokkeslett.',
    nextDay_one: '(+{{count}} dag)',
    nextDay_other: '(+{{count}} dager)',
    kind: { item: 'Punkt', break: 'Pause', lunch: 'Lunsj' },
  },
  actions: {
    save: 'Lagre',
    saveAs: 'Lagre som…',
    close: 'Lukk',
    undo: 'Angre',
    redo: 'Gjør om',
    settings: 'Innstillinger',
    ok: 'OK',
    cancel: 'Avbryt',
  },
  settings: {
    heading: 'Innstillinger',
    language: 'Språk',
    languageHint: 'Menyer, datoer og tall følger dette språket.',
    languages: { sv: 'Svenska', nb: 'Norsk bokmål', en: 'English' },
  },
  dialogs: {
    fileFilter: 'Verkstad-workshop',
    openTitle: 'Åpne workshop',
    saveTitle: 'Lagre workshop',
    unsavedMessage: 'Vil du lagre endringene i «{{name}}»?',
    unsavedDetail: 'Endringene går tapt hvis du ikke lagrer dem.',
    unsavedSave: 'Lagre',
    unsavedDiscard: 'Ikke lagre',
    unsavedCancel: 'Avbryt',
    conflictMessage: '«{{name}}» er endret på disken etter at du åpnet den.',
    conflictDetail: 'Noen andre kan ha endret den på en delt stasjon. Velg hva som skal beholdes.',
    conflictOverwrite: 'Overskriv med min versjon',
    conflictSaveAs: 'Lagre min versjon som…',
    conflictReload: 'Last inn fra disken (forkast mine endringer)',
    conflictCancel: 'Avbryt',
    aboutDetail: 'Versjon {{version}}. Workshopene dine blir liggende i filer på datamaskinen din.',
  },
  errors: {
    openFailed: 'Kunne ikke åpne «{{name}}»',
    saveFailed: 'Kunne ikke lagre «{{name}}»',
    workKept: 'Arbeidet ditt er fortsatt her i Verkstad. Prøv Lagre som… til en annen mappe.',
    fileUntouched: 'Filen er ikke endret.',
    load: {
      empty: 'Filen er tom.',
      notJson: 'Filen er skadet: den inneholder ikke lesbare workshopdata (ikke gyldig JSON).',
      notWorkshop: 'Dette er ikke en workshopfil fra Verkstad.',
      schema: 'Filen er skadet: noe av innholdet er ikke det en workshopfil skal inneholde.',
      newerVersion: 'Filen er laget av en nyere versjon av Verkstad og kan ikke leses av denne.',
      migration: 'Filens formatversjon kan ikke oppdateres av denne versjonen av Verkstad.',
    },
    io: {
      notFound: 'Filen eller mappen finnes ikke lenger.',
      noSuchFile: 'Filen finnes ikke.',
      moved: 'Filen er flyttet eller slettet siden den sist ble åpnet.',
      permission: 'Verkstad har ikke tilgang til å lese eller skrive der.',
      diskFull: 'Disken er full.',
      busy: 'Et annet program holdt filen låst (et antivirusprogram, en synkroniseringstjeneste eller en åpen kopi). Verkstad prøvde igjen i noen sekunder. Lukk det programmet eller vent litt, og lagre så på nytt.',
      ioError: 'Disken eller nettverksstasjonen rapporterte en feil eller svarte ikke: den kan være defekt eller frakoblet. Det som ble skrevet, kunne ikke bekreftes.',
      isFolder: 'Dette er en mappe, ikke en fil.',
      invalidName: 'Disken godtar ikke dette filnavnet eller denne plasseringen (for langt, eller tegn som ikke er tillatt).',
      targetChanged: 'Filen eller mappen er erstattet av en lenke til et annet sted etter at du valgte den, så Verkstad skrev ikke dit. Velg Lagre som … for å velge hvor den skal lagres.',
      readOnlyDisk: 'Disken eller mappen er skrivebeskyttet.',
      tooLarge: 'Filen er for stor til å være en workshopfil.',
      notPermitted: 'Verkstad kan bare åpne og lagre filer du selv har valgt.',
      newerFile: 'Filen på disken ble lagret av en nyere versjon av Verkstad; å lagre over den ville miste det den versjonen skrev.',
      unknown: 'Noe gikk galt da filen skulle leses eller skrives.',
    },
    draftFailed: 'Kunne ikke ta vare på en gjenopprettingskopi av det ulagrede arbeidet ditt.',
  },
  record: record.nb,
  report: report.nb,
  room: room.nb,
  phone: phone.nb,
  canvas: canvas.nb,
  canvasMenu: canvasMenu.nb,
  canvasScroll: canvasScroll.nb,
  minimap: minimap.nb,
  appMenu: appMenu.nb,
  vsm: vsm.nb,
  teamBoards: teamBoards.nb,
  cli: cli.nb,
  access: access.nb,
  outline: outline.nb,
  exchange: exchange.nb,
  files: files.nb,
  input: input.nb,
  failures: failures.nb,
};
