import { describe, expect, it } from 'vitest';
import { catalogues, createI18n, en, nb, sv } from '../../../../shared/i18n';
import { report } from '../../../../shared/i18n/areas/report';
import { pluralOf } from '../../../../shared/i18n/format';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

const flat = { en: flatten(en), sv: flatten(sv), nb: flatten(nb) };
const translations = [
  ['sv', flat.sv],
  ['nb', flat.nb],
] as const;

/** Keys whose text is legitimately the same in every language. */
const sameEverywhere = (key: string, value: string) =>
  key === 'app.name' || key.startsWith('settings.languages.') || value === 'OK' || /^\{\{\w+\}\} min$/.test(value);

describe('message catalogues', () => {
  it.each(translations)('%s has exactly the same messages as English', (_lang, messages) => {
    expect([...messages.keys()].sort()).toEqual([...flat.en.keys()].sort());
  });

  it.each(Object.entries(flat))('no message in %s is empty', (_lang, messages) => {
    const empty = [...messages].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(translations)('every %s message has the same {{placeholders}} as the English one', (_lang, messages) => {
    const mismatched = [...flat.en]
      .filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(messages.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it.each(translations)('%s is actually translated: at least 80%% of its messages differ from English', (_lang, messages) => {
    const candidates = [...flat.en].filter(([key, value]) => !sameEverywhere(key, value));
    const translated = candidates.filter(([key, value]) => messages.get(key) !== value);
    expect(translated.length / candidates.length).toBeGreaterThanOrEqual(0.8);
  });

  it('Swedish and Norwegian are not copies of each other', () => {
    const same = [...flat.sv].filter(([key, value]) => flat.nb.get(key) === value && flat.en.get(key) !== value);
    expect(same.length / flat.sv.size).toBeLessThan(0.5);
  });

  it('the app’s translator fills in placeholders in the chosen language', () => {
    expect(createI18n('sv').t('errors.openFailed', { name: 'Möte.verkstad' })).toBe('Det gick inte att öppna ”Möte.verkstad”');
    expect(createI18n('nb').t('menu.file')).toBe(nb.menu.file);
    expect(createI18n('en').t('agenda.minutesShort', { count: 15 })).toBe('15 min');
  });

  /**
   * A message that counts something takes the plural form the language needs ("1 öppen åtgärd",
   * "2 öppna åtgärder"): it is a `_one`/`_other` pair, chosen by i18next (or `pluralOf` where the
   * report and the command line fill strings themselves). Left out: a count written with a unit
   * that does not inflect ("5 min", "3 d") or after a colon ("Actions: 3").
   */
  it('every message with a count has plural forms', () => {
    const invariant = (text: string) => /\{\{count\}\} (min|d|s|ms)\b/.test(text) || /: \{\{count\}\}/.test(text);
    const counted = [...flat.en].filter(([key, value]) => /\{\{\s*(count|pages)\b/.test(value) && !/_(zero|one|two|few|many|other)$/.test(key) && !invariant(value));
    // These read right in every number: "Show all 1", "1 in the room", "Page 1 of 1", "1 × rectangle".
    expect(counted.map(([key]) => key)).toEqual([
      'record.overview.showAll',
      'report.document.pageOf',
      'room.projector.foot',
      'vsm.panel.moreProblems',
      'teamBoards.cards.wipWarning',
      'exchange.mail.eventMany',
      'exchange.drawio.notes.mapped',
      'exchange.drawio.notes.box',
    ]);
    for (const [lang, messages] of Object.entries(flat)) {
      for (const key of [...messages.keys()].filter((k) => k.endsWith('_one'))) expect(messages.has(key.replace(/_one$/, '_other')), `${lang} ${key}`).toBe(true);
    }
  });

  it('plural forms are chosen by the language’s rules', () => {
    expect(createI18n('sv').t('record.summary.open', { count: 1 })).toBe('1 öppen åtgärd');
    expect(createI18n('sv').t('record.summary.open', { count: 2 })).toBe('2 öppna åtgärder');
    expect(createI18n('sv').t('record.summary.overdue', { count: 1 })).toBe('1 försenad');
    expect(createI18n('nb').t('record.summary.open', { count: 1 })).toBe('1 åpent tiltak');
    expect(createI18n('en').t('agenda.nextDay', { count: 2 })).toBe('(+2 days)');
    expect(pluralOf(report.sv.cli, 'exported', 1, 'sv')).toBe('Skrev {{file}} ({{count}} sida) på {{ms}} ms.');
    expect(pluralOf(report.en.cli, 'exported', 3, 'en')).toBe('Wrote {{file}} ({{count}} pages) in {{ms}} ms.');
  });

  it('all three languages are offered', () => {
    expect(Object.keys(catalogues).sort()).toEqual(['en', 'nb', 'sv']);
  });
});
