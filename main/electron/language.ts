import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n';
import { languageFromLocale } from '../../shared/i18n/format';
import type { Language } from '../../shared/model/language';
import type { LanguageSource } from '../ipc/ports';
import type { Services } from '../services';

/** The language in effect, as `app:info` reports it: the user's choice, else the OS locale's. */
export function languageSource(services: Services, osLocale: string): LanguageSource {
  return async () => (await services.settings.get()).language ?? languageFromLocale(osLocale);
}

/** A translator for main's own words (menus, dialogs); catalogues are small, so one per use is fine. */
export async function translator(language: LanguageSource): Promise<i18n['t']> {
  const lang: Language = await language();
  return createI18n(lang).t;
}
