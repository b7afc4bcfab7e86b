import { catalogues } from '../i18n';
import type { Language } from '../model/language';
import { fill } from '../report/html';
import { ladderStepLabel, ladderWaitLabel } from '../vsm/format';
import type { Ladder, LadderSegment } from '../vsm/ladder';

/** A rung's time as the ladder shows it, on screen and in the PDF (shared/vsm/format.ts has the one rule). */
export function ladderTime(segment: LadderSegment, lang: Language): string {
  return segment.kind === 'wait' ? ladderWaitLabel(segment, lang) : ladderStepLabel(segment, lang);
}

/** The timeline ladder read out: each wait and each step with its time, in flow order (the drawing's text alternative). */
export function describeLadder(ladder: Ladder, lang: Language): string {
  const s = catalogues[lang].access.describe;
  const parts = ladder.segments.map((segment) =>
    segment.kind === 'wait' ? fill(s.ladderWait, { time: ladderTime(segment, lang) }) : fill(s.ladderStep, { name: segment.name || catalogues[lang].vsm.problems.unnamed, time: ladderTime(segment, lang) }),
  );
  return fill(s.ladder, { segments: parts.join(' → ') });
}
