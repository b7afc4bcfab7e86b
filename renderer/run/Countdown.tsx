import { formatCountdown, shownSeconds, timerTone, type TimerView } from '../../shared/agenda/timer';
import type { TimerPreferences } from '../../shared/ipc/runContract';

/** The big number: time left, then overtime counting up, coloured by how much is left. */
export function Countdown({ view, preferences, className }: { view: TimerView; preferences: TimerPreferences; className: string }) {
  const tone = view.status === 'notStarted' || view.status === 'finished' ? 'idle' : timerTone(view, preferences.warnAtPercent / 100, preferences.urgentAtPercent / 100);
  // Before the start: the first item's planned time (timerView); after the end: nothing left.
  const seconds = view.status === 'finished' ? 0 : shownSeconds(view.remainingMs);
  return (
    <div className={`${className} tone-${tone}${view.status === 'paused' ? ' is-paused' : ''}`} data-testid="countdown" data-tone={tone} role="timer" aria-live="off">
      {formatCountdown(seconds)}
    </div>
  );
}
