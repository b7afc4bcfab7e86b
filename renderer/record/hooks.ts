import { useEffect, useState } from 'react';
import { formatClock, formatDate, formatNumber, localeTag } from '../../shared/i18n/format';
import type { KnownPerson } from '../../shared/model/record';
import { parseClockTime } from '../../shared/agenda/schedule';
import { localDate } from '../../shared/record/overdue';
import { rememberPeople } from '../../shared/record/people';
import { useWorkspaceState } from '../app/context';
import { bridge } from '../app/bridge';

/** The bridge to main; the same object the workspace uses. */

/** Today's date where the user is, updated when the day changes while the app is open. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDate(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(localDate(new Date())), 30_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}

/** Dates, clock times and numbers in the app's language. */
export function useFormat() {
  const language = useWorkspaceState((s) => s.language);
  return {
    language,
    date: (iso: string) => formatDate(iso, language),
    clock: (hhmm: string) => {
      const minutes = parseClockTime(hhmm);
      return minutes === null ? hhmm : formatClock(minutes, language);
    },
    number: (value: number, digits = 1) => formatNumber(value, language, digits),
    percent: (fraction: number) => new Intl.NumberFormat(localeTag[language], { style: 'percent' }).format(fraction),
  };
}

/** People used before (app settings), and a way to remember newly added ones. */
export function useKnownPeople(): { people: KnownPerson[]; remember: (person: KnownPerson) => void } {
  const [people, setPeople] = useState<KnownPerson[]>([]);
  useEffect(() => {
    let live = true;
    void bridge()
      .invoke('settings:get')
      .then((settings) => live && setPeople(settings.people ?? []));
    return () => {
      live = false;
    };
  }, []);
  const remember = (person: KnownPerson) => {
    const next = rememberPeople(people, [person]);
    setPeople(next);
    void bridge().invoke('settings:update', { people: next });
  };
  return { people, remember };
}
