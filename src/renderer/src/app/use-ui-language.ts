import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import type { Language } from '../../../shared/model/lineup';
import { useApi } from '../api/api-context';
import type { ApiQuery } from '../api/use-api-query';
import { notifyError } from './notify';

/**
 * The UI language is the one in the core's settings (app.info): i18next follows it, and a choice
 * in the header shows at once and is saved with 'settings.setLanguage' (put back if that fails).
 */
export function useUiLanguage(info: ApiQuery<AppInfo>) {
  const { i18n } = useTranslation();
  const api = useApi();
  const language = info.data?.language;

  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  const choose = async (next: Language) => {
    const previous = info.data;
    if (!previous || previous.language === next) return;
    info.setData({ ...previous, language: next });
    try {
      info.setData(await api.invoke('settings.setLanguage', { language: next }));
    } catch (error) {
      info.setData(previous);
      notifyError(error, (t) => t('language.saveFailed'));
    }
  };

  return { language, choose };
}
