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
/** English, the reference catalogue: sv and nb must have exactly these keys (a unit test checks). */
export const en = {
  app: {
    name: 'Verkstad',
    tagline: 'Map, run and document lean workshops',
  },
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    new: 'New workshop',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save as…',
    close: 'Close workshop',
    settings: 'Settings…',
    quit: 'Quit Verkstad',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    toggleFullScreen: 'Full screen',
    about: 'About Verkstad',
  },
  start: {
    newWorkshop: 'New workshop',
    open: 'Open…',
    recent: 'Recent workshops',
    noRecent: 'Workshops you open or save appear here.',
    missing: 'File not found',
    removeFromList: 'Remove from list',
    lastOpened: 'Opened {{when}}',
    recovery: 'Unsaved work from an earlier session',
    recoveryHint: 'Verkstad closed before this work was saved. Restore it to keep it, or discard it.',
    restore: 'Restore',
    discard: 'Discard',
    untitled: 'Untitled workshop',
    draftSavedAt: 'Last change {{when}}',
  },
  workshop: {
    untitled: 'Untitled workshop',
    unsavedMarker: 'unsaved changes',
    readOnlyTitle: 'Opened read-only',
    readOnlyNewer:
      'This file was saved by a newer version of Verkstad (file format {{version}}). You can read it here, but to change it, update Verkstad.',
    header: 'Workshop',
    title: 'Title',
    date: 'Date',
    startTime: 'Start time',
    place: 'Place',
    facilitator: 'Facilitator',
    purpose: 'Purpose and goal',
  },
  run: run.en,
  fields: {
    invalidTime: 'Enter a time as HH:MM, for example 09:30.',
  },
  views: {
    plan: 'Plan',
  },
  agenda: {
    heading: 'Agenda',
    addItem: 'Add agenda item',
    itemTitle: 'Agenda item',
    itemTitlePlaceholder: 'What is this item about?',
    plannedMinutes: 'Minutes',
    minutesShort: '{{count}} min',
    moveUp: 'Move up',
    moveDown: 'Move down',
    delete: 'Delete agenda item',
    dragHandle: 'Drag to reorder',
    empty: 'No agenda items yet.',
    plannedEnd: 'Planned end {{time}}',
    total: 'Total {{duration}}',
    noStartTime: 'Set a start time to see clock times.',
    nextDay_one: '(+{{count}} day)',
    nextDay_other: '(+{{count}} days)',
    kind: { item: 'Item', break: 'Break', lunch: 'Lunch' },
  },
  actions: {
    save: 'Save',
    saveAs: 'Save as…',
    close: 'Close',
    undo: 'Undo',
    redo: 'Redo',
    settings: 'Settings',
    ok: 'OK',
    cancel: 'Cancel',
  },
  settings: {
    heading: 'Settings',
    language: 'Language',
    languageHint: 'Menus, dates and numbers follow this language.',
    languages: { sv: 'Svenska', nb: 'Norsk bokmål', en: 'English' },
  },
  dialogs: {
    fileFilter: 'Verkstad workshop',
    openTitle: 'Open workshop',
    saveTitle: 'Save workshop',
    unsavedMessage: 'Do you want to save the changes to “{{name}}”?',
    unsavedDetail: 'Your changes are lost if you don’t save them.',
    unsavedSave: 'Save',
    unsavedDiscard: 'Don’t save',
    unsavedCancel: 'Cancel',
    conflictMessage: '“{{name}}” was changed on disk after you opened it.',
    conflictDetail: 'Someone else may have edited it on a shared drive. Choose what to keep.',
    conflictOverwrite: 'Overwrite with my version',
    conflictSaveAs: 'Save my version as…',
    conflictReload: 'Reload from disk (drop my changes)',
    conflictCancel: 'Cancel',
    aboutDetail: 'Version {{version}}. Your workshops stay in files on your computer.',
  },
  errors: {
    openFailed: 'Could not open “{{name}}”',
    saveFailed: 'Could not save “{{name}}”',
    workKept: 'Your work is still here in Verkstad. Try Save as… to another folder.',
    fileUntouched: 'The file has not been changed.',
    load: {
      empty: 'The file is empty.',
      notJson: 'The file is damaged: it is not readable workshop data (not valid JSON).',
      notWorkshop: 'This is not a Verkstad workshop file.',
      schema: 'The file is damaged: some of its contents are not what a workshop file holds.',
      newerVersion: 'The file was made by a newer version of Verkstad and cannot be read by this one.',
      migration: 'The file’s format version cannot be brought up to date by this version of Verkstad.',
    },
    io: {
      notFound: 'The file or its folder no longer exists.',
      noSuchFile: 'The file does not exist.',
      moved: 'The file has been moved or deleted since it was last opened.',
      permission: 'Verkstad is not allowed to read or write there.',
      diskFull: 'The disk is full.',
      busy: 'Another program kept the file locked (a virus scanner, a sync client or an open copy). Verkstad tried again for a few seconds. Close that program or wait a moment, then save again.',
      ioError: 'The disk or network drive reported an error, or did not respond: it may be failing or disconnected. What was written could not be confirmed.',
      isFolder: 'This is a folder, not a file.',
      invalidName: 'The disk does not accept this file name or place (too long, or characters it does not allow).',
      targetChanged: 'The file or its folder was replaced by a link to another place after you chose it, so Verkstad did not write there. Use Save as… to choose where to save.',
      readOnlyDisk: 'The disk or folder is read-only.',
      tooLarge: 'The file is too large to be a workshop file.',
      notPermitted: 'Verkstad may only open and save files you chose yourself.',
      newerFile: 'The file on disk was saved by a newer version of Verkstad; saving over it would lose what that version wrote.',
      unknown: 'Something went wrong while reading or writing the file.',
    },
    draftFailed: 'Could not keep a recovery copy of your unsaved work.',
  },
  record: record.en,
  report: report.en,
  room: room.en,
  phone: phone.en,
  canvas: canvas.en,
  canvasMenu: canvasMenu.en,
  canvasScroll: canvasScroll.en,
  minimap: minimap.en,
  appMenu: appMenu.en,
  vsm: vsm.en,
  teamBoards: teamBoards.en,
  cli: cli.en,
  access: access.en,
  outline: outline.en,
  exchange: exchange.en,
  files: files.en,
  input: input.en,
  failures: failures.en,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof en>;
