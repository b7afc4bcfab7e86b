import type { TFunction } from 'i18next';
import type { PublicActivity } from '../../shared/room/protocol';
import type { LiveResult } from '../../shared/room/status';
import { pollStats } from '../../shared/record/polls';

/**
 * The open activity's tally as bars with counts, n and (for a scale) the mean: on the facilitator's
 * Room tab and, large, on the projector. Counts only; nobody's answer is shown with a name.
 */
export function LiveTally({ activity, live, t, formatNumber, large = false }: { activity: PublicActivity; live: LiveResult; t: TFunction; formatNumber: (n: number) => string; large?: boolean }) {
  const cls = large ? 'tally tally-large' : 'tally';
  if ((live.kind === 'scale' || live.kind === 'choice') && activity.kind === 'poll') {
    const poll = activity.poll;
    const labels = poll.type === 'choice' ? poll.options : live.counts.map((_, i) => String((poll.type === 'scale' ? poll.min : 0) + i));
    const max = Math.max(1, ...live.counts);
    const stats = poll.type === 'scale' ? pollStats({ scaleMin: poll.min, counts: live.counts }) : null;
    return (
      <div className={cls} data-testid="room-tally" data-answers={live.answers}>
        <ul className={live.kind === 'scale' ? 'tally-columns' : 'tally-rows'} aria-label={t('room.live.answers', { count: live.answers })}>
          {live.counts.map((count, i) => (
            <li key={i}>
              <span className="tally-label">{labels[i]}</span>
              <span className="tally-track" aria-hidden>
                <span className="tally-bar" style={live.kind === 'scale' ? { height: `${(count / max) * 100}%` } : { width: `${(count / max) * 100}%` }} />
              </span>
              <span className="tally-count">{count}</span>
            </li>
          ))}
        </ul>
        {poll.type === 'scale' && (poll.lowLabel || poll.highLabel) && (
          <p className="tally-ends">
            <span>
              {poll.min} = {poll.lowLabel}
            </span>
            <span>
              {poll.max} = {poll.highLabel}
            </span>
          </p>
        )}
        <p className="tally-summary" aria-live="polite">
          <span data-testid="room-n">{t('room.live.answers', { count: live.answers })}</span>
          {stats?.mean != null && <span data-testid="room-mean">{t('room.live.mean', { mean: formatNumber(stats.mean) })}</span>}
        </p>
      </div>
    );
  }
  if (live.kind === 'text') {
    return (
      <div className={cls} data-testid="room-tally" data-answers={live.answers}>
        <p className="tally-summary" aria-live="polite">
          <span data-testid="room-n">{t('room.live.answers', { count: live.answers })}</span>
        </p>
        <ul className="tally-texts">
          {live.texts.slice(-12).map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (live.kind === 'dots' && activity.kind === 'dots') {
    const ranked = [...activity.stickies].sort((a, b) => (live.votes[b.id] ?? 0) - (live.votes[a.id] ?? 0)).slice(0, large ? 8 : 20);
    const max = Math.max(1, ...Object.values(live.votes));
    return (
      <div className={cls} data-testid="room-tally" data-answers={live.voters}>
        <ul className="tally-rows">
          {ranked.map((sticky) => (
            <li key={sticky.id}>
              <span className="tally-label">{sticky.text}</span>
              <span className="tally-track" aria-hidden>
                <span className="tally-bar" style={{ width: `${((live.votes[sticky.id] ?? 0) / max) * 100}%` }} />
              </span>
              <span className="tally-count">{live.votes[sticky.id] ?? 0}</span>
            </li>
          ))}
        </ul>
        <p className="tally-summary" aria-live="polite">
          <span data-testid="room-n">{t('room.live.voters', { count: live.voters })}</span>
        </p>
      </div>
    );
  }
  if (live.kind === 'ideas') {
    return (
      <div className={cls} data-testid="room-tally" data-answers={live.ideas}>
        <p className="tally-summary" aria-live="polite">
          <span data-testid="room-n">{t('room.live.ideas', { count: live.ideas })}</span>
        </p>
      </div>
    );
  }
  return null;
}
