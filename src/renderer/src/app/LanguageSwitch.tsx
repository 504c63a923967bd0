import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/model/lineup';

interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
}

/** The header's choice of UI language; each language is named in itself. */
export function LanguageSwitch({ value, onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={value}
      onChange={(next) => {
        const parsed = Language.safeParse(next);
        if (parsed.success) onChange(parsed.data);
      }}
      data={[
        { value: 'en', label: t('language.name.en') },
        { value: 'zh-CN', label: t('language.name.zh-CN') },
      ]}
    />
  );
}
