import i18next, { type i18n } from 'i18next';
import type { Language } from '../model/language';
import { en } from './en';
import { nb } from './nb';
import { sv } from './sv';

export { en, nb, sv };
export type { Catalogue } from './en';
export const catalogues = { en, sv, nb } as const;
export const languages: readonly Language[] = ['sv', 'nb', 'en'];

/** A fresh i18next instance with all three catalogues; main uses it for menus and dialogs. */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    resources: { en: { translation: en }, sv: { translation: sv }, nb: { translation: nb } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
