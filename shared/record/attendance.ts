import { parseClockTime } from '../agenda/schedule';
import type { Participant } from '../model/record';

/**
 * Attendance and punctuality arithmetic. Arrival times and the start time are local wall-clock
 * times of the workshop's day, so comparing them needs no time zone.
 */

export type AttendanceFacts = Pick<Participant, 'attendance' | 'arrivedAt' | 'prepared'>;

/** Minutes after the start the person arrived; null when it is not known (no start, not present, no arrival). */
export function minutesLate(person: AttendanceFacts, startTime: string | null): number | null {
  if (person.attendance !== 'present' || person.arrivedAt === null || startTime === null) return null;
  const arrived = parseClockTime(person.arrivedAt);
  const start = parseClockTime(startTime);
  if (arrived === null || start === null) return null;
  return Math.max(0, arrived - start);
}

/** Late means arriving after the start minute; arriving during the start minute is on time. */
export function isLate(person: AttendanceFacts, startTime: string | null): boolean | null {
  const late = minutesLate(person, startTime);
  return late === null ? null : late > 0;
}

export interface AttendanceSummary {
  invited: number;
  present: number;
  absent: number;
  excused: number;
  notRecorded: number;
  late: number;
  prepared: number;
  unprepared: number;
}

export function summarizeAttendance(people: readonly AttendanceFacts[], startTime: string | null): AttendanceSummary {
  const summary: AttendanceSummary = { invited: people.length, present: 0, absent: 0, excused: 0, notRecorded: 0, late: 0, prepared: 0, unprepared: 0 };
  for (const person of people) {
    if (person.attendance === null) summary.notRecorded += 1;
    else summary[person.attendance] += 1;
    if (isLate(person, startTime)) summary.late += 1;
    if (person.prepared === true) summary.prepared += 1;
    if (person.prepared === false) summary.unprepared += 1;
  }
  return summary;
}

/** The current wall-clock time as HH:MM, for "arrived now". */
export function clockNow(now: Date): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** A share as a fraction 0–1, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
