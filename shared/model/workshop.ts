import { z } from 'zod';
import { Agenda } from './agenda';
import { Board } from './board';
import { ClockTime, Id, IsoDate } from './ids';
import { Language } from './language';
import { emptyRun, Run } from './run';
import { ActionItem, Decision, MAX_PARTICIPANTS, Participant, ParkingLotItem, recordFields } from './record';
import { TeamBoards } from './teamBoards';

export * from './agenda';
export * from './board';
export * from './run';
export * from './record';
export * from './teamBoards';
export { ClockTime, IsoDate };
export * from './language';

/**
 * The workshop document, format version 3 (docs/file-format.md says what changed). Everything the user made lives here; nothing derived
 * (clock times, totals, overdue flags) is stored. Later format versions add to these records,
 * so each record is an object with room to grow, never a bare value.
 */
export const CURRENT_FORMAT_VERSION = 3;
export const FILE_KIND = 'verkstad.workshop';

export const Header = z.object({
  title: z.string().max(500),
  date: IsoDate.nullable(),
  startTime: ClockTime.nullable(),
  place: z.string().max(500),
  facilitator: z.string().max(500),
  purpose: z.string().max(10_000),
  /** The language of the workshop itself (report, agenda handout); null follows the app. */
  language: Language.nullable(),
});
export type Header = z.infer<typeof Header>;

/**
 * How many of each a workshop may hold: far beyond any real workshop, and checked before the
 * records themselves are, so a damaged file of a million entries is refused at once.
 */
export const MAX_BOARDS = 500;
export const MAX_RECORD_ITEMS = 10_000;

export const Workshop = z.object({
  kind: z.literal(FILE_KIND),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  id: Id,
  createdAt: z.iso.datetime({ offset: true }),
  header: Header,
  participants: z.array(Participant).max(MAX_PARTICIPANTS),
  agenda: Agenda,
  boards: z.array(Board).max(MAX_BOARDS),
  actions: z.array(ActionItem).max(MAX_RECORD_ITEMS),
  decisions: z.array(Decision).max(MAX_RECORD_ITEMS),
  parkingLot: z.array(ParkingLotItem).max(MAX_RECORD_ITEMS),
  /** What happened while the agenda ran (shared/model/run.ts). */
  run: Run.default(emptyRun),
  ...recordFields,
  /** Format version 3: the team's goal board and improvement board of a board meeting; null otherwise. */
  teamBoards: TeamBoards.nullable().default(null),
});
export type Workshop = z.infer<typeof Workshop>;
