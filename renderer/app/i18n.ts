import { initReactI18next } from 'react-i18next';
import { createI18n } from '../../shared/i18n';
import type { Language } from '../../shared/model/language';

export function createRendererI18n(lang: Language) {
  const i18n = createI18n(lang);
  void i18n.use(initReactI18next).init();
  return i18n;
}
