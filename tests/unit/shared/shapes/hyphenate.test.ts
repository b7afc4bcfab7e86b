import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphenPoints } from '../../../../shared/shapes/hyphenate';
import { fitText, textWidth, wrapText } from '../../../../shared/shapes/text';
import { label } from '../../../../shared/shapes/label';
import { drawShape } from '../../../../shared/shapes/drawBoard';
import { defaultTheme } from '../../../../shared/shapes/primitives';
import { shapeModule } from '../../../../shared/shapes/registry';
import type { Language } from '../../../../shared/model/language';

/** The word with a bar at each break point the patterns allow. */
const marked = (word: string, lang: Language) => {
  let out = '';
  let from = 0;
  for (const p of hyphenPoints(word, lang)) {
    out += `${word.slice(from, p)}|`;
    from = p;
  }
  return out + word.slice(from);
};

/** The lines of a wrapped word joined back, hyphens at line ends taken out. */
const rejoined = (lines: readonly string[]) => lines.map((l, i) => (i < lines.length - 1 && l.endsWith('-') ? l.slice(0, -1) : l)).join('');

describe('hyphenation points', () => {
  it('splits Swedish compounds at syllables by the Swedish patterns', () => {
    expect(marked('Dubbelregistrering', 'sv')).toBe('Dub|bel|re|gi|stre|ring');
    expect(marked('Ärendehanteringssystemet', 'sv')).toBe('Ären|de|han|te|rings|sy|ste|met');
  });

  it('splits Norwegian Bokmål by its own patterns and English by en-us', () => {
    expect(marked('Saksbehandlingssystemet', 'nb')).toBe('Saks|be|hand|lings|sys|te|met');
    expect(marked('Dobbeltregistrering', 'nb')).toBe('Dob|belt|re|gist|re|ring');
    expect(marked('certain', 'en')).toBe('cer|tain');
  });

  it('breaks after a hyphen the word already has, and never splits short words', () => {
    expect(hyphenPoints('e-postadressen', 'sv')).toContain(2);
    expect(hyphenPoints('Lean', 'sv')).toEqual([]);
  });
});

describe('wrapping long compound words', () => {
  it('breaks "Dubbelregistrering" at a syllable with a hyphen when the box is too narrow', () => {
    const lines = wrapText('Dubbelregistrering', textWidth('Dubbelre-', 14) + 0.5, 14, false, 'sv');
    expect(lines).toEqual(['Dubbelre-', 'gistrering']);
  });

  it('breaks "Ärendehanteringssystemet" only at Swedish break points, each line ending in a hyphen', () => {
    const word = 'Ärendehanteringssystemet';
    const width = 80;
    const lines = wrapText(word, width, 14, false, 'sv');
    expect(lines.length).toBeGreaterThan(1);
    expect(rejoined(lines)).toBe(word);
    const allowed = new Set(hyphenPoints(word, 'sv'));
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      expect(line.endsWith('-')).toBe(true);
      at += line.length - 1;
      expect(allowed.has(at)).toBe(true);
    }
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(width);
  });

  it('keeps the words before a long compound on their own line, and hyphenates the compound', () => {
    const lines = wrapText('Risk för dubbelregistrering i ärendehanteringssystemet', 100, 14, false, 'sv');
    expect(lines[0]).toBe('Risk för');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(100);
    expect(lines.some((l) => /^dubbel|re-$/.test(l))).toBe(true);
  });

  it('cuts a syllable too wide for the box only with a hyphen, and never adds one to a word that fits', () => {
    const lines = wrapText('Dubbelregistrering', textWidth('Dub', 14), 14, false, 'sv');
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    expect(rejoined(lines)).toBe('Dubbelregistrering');
    expect(wrapText('Ett kort ord', 200, 14, false, 'sv')).toEqual(['Ett kort ord']);
  });

  it('every wrapped word reads back whole, lines fit, and a break inside a word shows a hyphen (any width, any language)', () => {
    const words = ['Dubbelregistrering', 'Ärendehanteringssystemet', 'Saksbehandlingssystemet', 'internationalization', 'e-postadressen'];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom<Language>('sv', 'nb', 'en'), fc.integer({ min: 20, max: 260 }), (word, lang, width) => {
        const lines = wrapText(word, width, 14, false, lang);
        // (A line may end in the word's own hyphen: compared without hyphens.)
        expect(rejoined(lines).replaceAll('-', '')).toBe(word.replaceAll('-', ''));
        for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
        for (const line of lines) if (Array.from(line).length > 2) expect(textWidth(line, 14)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('stays quick on a word of thousands of letters', () => {
    const word = 'registrering'.repeat(500);
    const start = performance.now();
    const lines = wrapText(word, 120, 14, false, 'sv');
    expect(rejoined(lines)).toBe(word);
    // A ceiling for a hung loop, not a timing target.
    expect(performance.now() - start).toBeLessThan(20_000);
  });

  it('fitText and label pass the language on, and a shape drawn with a text language hyphenates its label', () => {
    expect(fitText('Dubbelregistrering', textWidth('Dubbelre-', 14) + 0.5, 200, 14, 14, false, 'sv').lines).toEqual(['Dubbelre-', 'gistrering']);
    const [text] = label('Dubbelregistrering', { x: 0, y: 0, w: textWidth('Dubbelre-', 14) + 0.5, h: 200 }, '#000', { language: 'sv' });
    expect(text?.kind === 'text' && text.lines).toEqual(['Dubbelre-', 'gistrering']);
    const m = shapeModule('activity');
    const shape = { id: 'a', type: 'activity', x: 0, y: 0, w: 100, h: 80, text: 'Ärendehanteringssystemet', locked: false, props: m.defaultProps() };
    const drawn = drawShape(shape as never, { ...defaultTheme, textLanguage: 'sv' }).find((p) => p.kind === 'text');
    const lines = drawn?.kind === 'text' ? drawn.lines : [];
    expect(lines.length).toBeGreaterThan(1);
    const allowed = new Set(hyphenPoints('Ärendehanteringssystemet', 'sv'));
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length - 1;
      expect(allowed.has(at)).toBe(true);
    }
  });
});
