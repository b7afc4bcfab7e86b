import { IconBellRinging } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the signal stays up: long enough to be seen from the back of the room. */
export const SIGNAL_MS = 8_000;

/**
 * The chime's visual counterpart: a bell and "Time is up" over the countdown for a few seconds
 * when an item's time runs out, muted chime or not, so someone who cannot hear it still knows.
 * It pulses three times unless the user asks for reduced motion (run.css). Screen readers hear the
 * live region's announcement instead, so this stays out of the accessibility tree.
 */
export function TimeUpSignal({ at, className = 'time-up-signal' }: { at: number | null; className?: string }) {
  const { t } = useTranslation();
  // The signal that has had its seconds; a new `at` shows again.
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (at === null) return;
    const timer = setTimeout(() => setExpired(at), SIGNAL_MS);
    return () => clearTimeout(timer);
  }, [at]);
  if (at === null || expired === at) return null;
  return (
    <div className={className} data-testid="time-up-signal" aria-hidden>
      <IconBellRinging size="1.2em" />
      <span>{t('access.timer.signal')}</span>
    </div>
  );
}
