import i18next, { type TFunction } from 'i18next';
import { resources } from '../../../src/renderer/src/i18n/logic/resources';

export type UiLanguage = keyof typeof resources;
export const LANGUAGES = Object.keys(resources) as UiLanguage[];

/** The UI's translate function in each of its languages, as the page sets i18next up. */
export async function translators(): Promise<Record<UiLanguage, TFunction>> {
  const say = {} as Record<UiLanguage, TFunction>;
  for (const language of LANGUAGES) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      resources: { [language]: resources[language] },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    say[language] = instance.t;
  }
  return say;
}
