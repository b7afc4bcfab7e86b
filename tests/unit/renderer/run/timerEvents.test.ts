import { describe, expect, it } from 'vitest';
import { timerEvent, type TimerMoment } from '../../../../renderer/run/timerEvents';

const at = (seconds: number, visitKey = 'a@1', status: TimerMoment['status'] = 'running'): TimerMoment => ({ visitKey, status, seconds });

/** Every second of an item's run through timerEvent, collecting what it would announce. */
function announcements(moments: TimerMoment[]): (string | null)[] {
  return moments.map((m, i) => timerEvent(i === 0 ? null : moments[i - 1]!, m)).filter((e) => e !== null);
}

describe('when the timer speaks', () => {
  it('tells the new item, one minute left and time up, and nothing in the seconds between', () => {
    const seconds = [at(0, '', 'notStarted'), ...Array.from({ length: 200 }, (_, i) => at(180 - i))];
    expect(announcements(seconds)).toEqual(['itemStarted', 'oneMinuteLeft', 'timeUp']);
  });

  it('tells the next item and the end of the agenda', () => {
    expect(timerEvent(at(-30, 'a@1'), at(600, 'b@2'))).toBe('itemStarted');
    expect(timerEvent(at(-30, 'b@2'), at(0, 'b@2', 'finished'))).toBe('finished');
    expect(timerEvent(at(0, 'b@2', 'finished'), at(0, 'b@2', 'finished'))).toBeNull();
  });

  it('says nothing when a file opens mid-run or while the run is paused', () => {
    expect(timerEvent(null, at(-120))).toBeNull();
    expect(timerEvent(at(61, 'a@1', 'paused'), at(59, 'a@1', 'paused'))).toBeNull();
  });

  it('tells one minute left again after time was added and runs down again', () => {
    expect(announcements([at(61), at(60), at(120), at(61), at(60)])).toEqual(['oneMinuteLeft', 'oneMinuteLeft']);
  });
});
