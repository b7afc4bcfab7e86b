import i18next, { type i18n as I18n } from 'i18next';
import { phone } from '../shared/i18n/areas/phone';
import { Language } from '../shared/model/workshop';

/** The phone's own language when it is one of ours (Norwegian in any form reads Bokmål); else null. */
export function phoneLanguage(languages: readonly string[]): Language | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (base === 'sv') return 'sv';
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
    if (base === 'en') return 'en';
  }
  return null;
}

/** i18next with the phone strings only: the page carries nothing else of the app's catalogues. */
export function createPhoneI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: phone.en }, sv: { translation: phone.sv }, nb: { translation: phone.nb } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
