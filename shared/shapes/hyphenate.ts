import createHyphenator from 'hyphen';
import en from 'hyphen/patterns/en-us.js';
import nb from 'hyphen/patterns/nb.js';
import sv from 'hyphen/patterns/sv.js';
import type { Language } from '../model/language';

/**
 * Where a word may be broken with a hyphen, by the language's TeX hyphenation patterns (Liang's
 * algorithm, the `hyphen` package: sv, nb and en-us patterns, bundled, no network). Swedish and
 * Norwegian labels are full of compounds ("Ärendehanteringssystemet") that no box is wide enough
 * for; the line breaker asks here before it falls back to cutting a word anywhere.
 */
const SOFT = '\u00AD';

/** The synchronous hyphenator of one language (asked without `async`, it returns text, never a promise). */
function hyphenator(patterns: Parameters<typeof createHyphenator>[0]): (text: string) => string {
  const hyphenate = createHyphenator(patterns, { hyphenChar: SOFT, minWordLength: 5 });
  return (text) => {
    const out = hyphenate(text);
    return typeof out === 'string' ? out : text;
  };
}

const HYPHENATORS: Record<Language, (text: string) => string> = { sv: hyphenator(sv), nb: hyphenator(nb), en: hyphenator(en) };

/** Words already split, per language: a board draws the same labels at many sizes, again and again. */
const memo: Record<Language, Map<string, readonly number[]>> = { sv: new Map(), nb: new Map(), en: new Map() };
const MEMO_LIMIT = 5000;

/**
 * The positions (UTF-16 offsets into `word`) after which a hyphen may be put, in order. A word's
 * own hard hyphens ("e-post") are break points too, where the line breaker adds no second
 * hyphen. Empty for words too short to split.
 */
export function hyphenPoints(word: string, language: Language): readonly number[] {
  const cache = memo[language];
  const known = cache.get(word);
  if (known) return known;
  const points: number[] = [];
  if (word.length >= 5) {
    const marked = HYPHENATORS[language](word);
    let offset = 0;
    for (const ch of marked) {
      if (ch === SOFT) points.push(offset);
      else offset += ch.length;
    }
  }
  for (let i = word.indexOf('-'); i > 0 && i < word.length - 1; i = word.indexOf('-', i + 1)) points.push(i + 1);
  points.sort((a, b) => a - b);
  const unique = points.filter((p, i) => p > 0 && p < word.length && p !== points[i - 1]);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(word, unique);
  return unique;
}
