import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model/lineup';
import { resources } from './logic/resources';

function guessLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function setDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

/** Starts i18next with a guess from the browser; the core's saved choice replaces it on load. */
export function initI18n(): typeof i18next {
  i18next.on('languageChanged', setDocumentLanguage);
  void i18next.use(initReactI18next).init({
    resources,
    lng: guessLanguage(),
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  setDocumentLanguage(i18next.language);
  return i18next;
}
