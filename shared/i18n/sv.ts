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

export const sv: Catalogue = {
  app: {
    name: 'Verkstad',
    tagline: 'Kartlägg, led och dokumentera leanworkshoppar',
  },
  menu: {
    file: 'Arkiv',
    edit: 'Redigera',
    view: 'Visa',
    help: 'Hjälp',
    new: 'Ny workshop',
    open: 'Öppna…',
    save: 'Spara',
    saveAs: 'Spara som…',
    close: 'Stäng workshop',
    settings: 'Inställningar…',
    quit: 'Avsluta Verkstad',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    toggleFullScreen: 'Helskärm',
    about: 'Om Verkstad',
  },
  start: {
    newWorkshop: 'Ny workshop',
    open: 'Öppna…',
    recent: 'Senaste workshoppar',
    noRecent: 'Workshoppar som du öppnar eller sparar visas här.',
    missing: 'Filen hittas inte',
    removeFromList: 'Ta bort från listan',
    lastOpened: 'Öppnad {{when}}',
    recovery: 'Osparat arbete från en tidigare session',
    recoveryHint: 'Verkstad stängdes innan detta arbete sparades. Återställ det för att behålla det, eller släng det.',
    restore: 'Återställ',
    discard: 'Släng',
    untitled: 'Namnlös workshop',
    draftSavedAt: 'Senaste ändring {{when}}',
  },
  workshop: {
    untitled: 'Namnlös workshop',
    unsavedMarker: 'osparade ändringar',
    readOnlyTitle: 'Öppnad skrivskyddad',
    readOnlyNewer:
      'Filen sparades av en nyare version av Verkstad (filformat {{version}}). Du kan läsa den här, men för att ändra den behöver du uppdatera Verkstad.',
    header: 'Workshop',
    title: 'Rubrik',
    date: 'Datum',
    startTime: 'Starttid',
    place: 'Plats',
    facilitator: 'Processledare',
    purpose: 'Syfte och mål',
  },
  run: run.sv,
  fields: {
    invalidTime: 'Ange en tid som TT:MM, till exempel 09:30.',
  },
  views: {
    plan: 'Planering',
  },
  agenda: {
    heading: 'Dagordning',
    addItem: 'Lägg till dagordningspunkt',
    itemTitle: 'Dagordningspunkt',
    itemTitlePlaceholder: 'Vad handlar punkten om?',
    plannedMinutes: 'Minuter',
    minutesShort: '{{count}} min',
    moveUp: 'Flytta upp',
    moveDown: 'Flytta ned',
    delete: 'Ta bort dagordningspunkt',
    dragHandle: 'Dra för att flytta',
    empty: 'Inga dagordningspunkter än.',
    plannedEnd: 'Planerat slut {{time}}',
    total: 'Totalt {{duration}}',
    noStartTime: 'Ange en starttid för att se klockslag.',
    nextDay_one: '(+{{count}} dag)',
    nextDay_other: '(+{{count}} dagar)',
    kind: { item: 'Punkt', break: 'Paus', lunch: 'Lunch' },
  },
  actions: {
    save: 'Spara',
    saveAs: 'Spara som…',
    close: 'Stäng',
    undo: 'Ångra',
    redo: 'Gör om',
    settings: 'Inställningar',
    ok: 'OK',
    cancel: 'Avbryt',
  },
  settings: {
    heading: 'Inställningar',
    language: 'Språk',
    languageHint: 'Menyer, datum och tal följer det här språket.',
    languages: { sv: 'Svenska', nb: 'Norsk bokmål', en: 'English' },
  },
  dialogs: {
    fileFilter: 'Verkstad-workshop',
    openTitle: 'Öppna workshop',
    saveTitle: 'Spara workshop',
    unsavedMessage: 'Vill du spara ändringarna i ”{{name}}”?',
    unsavedDetail: 'Ändringarna går förlorade om du inte sparar dem.',
    unsavedSave: 'Spara',
    unsavedDiscard: 'Spara inte',
    unsavedCancel: 'Avbryt',
    conflictMessage: '”{{name}}” har ändrats på disken sedan du öppnade den.',
    conflictDetail: 'Någon annan kan ha ändrat den på en delad enhet. Välj vad som ska sparas.',
    conflictOverwrite: 'Skriv över med min version',
    conflictSaveAs: 'Spara min version som…',
    conflictReload: 'Läs in från disken (släng mina ändringar)',
    conflictCancel: 'Avbryt',
    aboutDetail: 'Version {{version}}. Dina workshoppar ligger kvar i filer på din dator.',
  },
  errors: {
    openFailed: 'Det gick inte att öppna ”{{name}}”',
    saveFailed: 'Det gick inte att spara ”{{name}}”',
    workKept: 'Ditt arbete finns kvar i Verkstad. Prova Spara som… till en annan mapp.',
    fileUntouched: 'Filen har inte ändrats.',
    load: {
      empty: 'Filen är tom.',
      notJson: 'Filen är skadad: den innehåller inga läsbara workshopdata (inte giltig JSON).',
      notWorkshop: 'Det här är ingen workshopfil från Verkstad.',
      schema: 'Filen är skadad: en del av innehållet är inte det som en workshopfil ska innehålla.',
      newerVersion: 'Filen har skapats av en nyare version av Verkstad och kan inte läsas av den här.',
      migration: 'Filens formatversion kan inte uppdateras av den här versionen av Verkstad.',
    },
    io: {
      notFound: 'Filen eller mappen finns inte längre.',
      noSuchFile: 'Filen finns inte.',
      moved: 'Filen har flyttats eller tagits bort sedan den öppnades senast.',
      permission: 'Verkstad har inte behörighet att läsa eller skriva där.',
      diskFull: 'Disken är full.',
      busy: 'Ett annat program höll filen låst (ett antivirusprogram, en synkroniseringstjänst eller en öppen kopia). Verkstad försökte igen i några sekunder. Stäng det programmet eller vänta en stund och spara sedan igen.',
      ioError: 'Disken eller nätverksenheten rapporterade ett fel eller svarade inte: den kan vara trasig eller frånkopplad. Det gick inte att bekräfta det som skrevs.',
      isFolder: 'Det här är en mapp, inte en fil.',
      invalidName: 'Disken godtar inte det här filnamnet eller den här platsen (för långt, eller tecken som inte är tillåtna).',
      targetChanged: 'Filen eller mappen har ersatts av en länk till en annan plats sedan du valde den, så Verkstad skrev inte dit. Välj Spara som… för att välja var den ska sparas.',
      readOnlyDisk: 'Disken eller mappen är skrivskyddad.',
      tooLarge: 'Filen är för stor för att vara en workshopfil.',
      notPermitted: 'Verkstad får bara öppna och spara filer som du själv har valt.',
      newerFile: 'Filen på disken sparades av en nyare version av Verkstad; att spara över den skulle förlora det som den versionen skrev.',
      unknown: 'Något gick fel när filen skulle läsas eller skrivas.',
    },
    draftFailed: 'Det gick inte att spara en återställningskopia av ditt osparade arbete.',
  },
  record: record.sv,
  report: report.sv,
  room: room.sv,
  phone: phone.sv,
  canvas: canvas.sv,
  canvasMenu: canvasMenu.sv,
  canvasScroll: canvasScroll.sv,
  minimap: minimap.sv,
  appMenu: appMenu.sv,
  vsm: vsm.sv,
  teamBoards: teamBoards.sv,
  cli: cli.sv,
  access: access.sv,
  outline: outline.sv,
  exchange: exchange.sv,
  files: files.sv,
  input: input.sv,
  failures: failures.sv,
};
