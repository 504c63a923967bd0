import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/model/lineup';
import { useApi } from '../api/api-context';
import { notifyError } from './notify';

/** Switches the UI language and saves the choice in the core's settings. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const api = useApi();

  const choose = async (value: string) => {
    const parsed = Language.safeParse(value);
    if (!parsed.success) return;
    const previous = i18n.language;
    await i18n.changeLanguage(parsed.data);
    try {
      await api.invoke('settings.setLanguage', { language: parsed.data });
    } catch (error) {
      await i18n.changeLanguage(previous);
      notifyError(t, error, t('language.saveFailed'));
    }
  };

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => void choose(value)}
      data={[
        { value: 'en', label: t('language.name.en') },
        { value: 'zh-CN', label: t('language.name.zh-CN') },
      ]}
    />
  );
}
