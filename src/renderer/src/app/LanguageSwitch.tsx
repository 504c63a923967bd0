import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../shared/collections/one-of';
import type { Language } from '../../../shared/model/lineup';
import { LANGUAGES } from '../../../shared/model/lineup-values';

interface LanguageSwitchProps {
  value: Language;
  onChange: (language: Language) => void;
  /** What the language is chosen for; the UI's language unless said. */
  label?: string;
}

/** A choice of language (the header's, of the UI); each language is named in itself. */
export function LanguageSwitch({ value, onChange, label }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={label ?? t('language.label')}
      value={value}
      onChange={(next) => {
        if (isOneOf(LANGUAGES, next)) onChange(next);
      }}
      data={[
        { value: 'en', label: t('language.name.en') },
        { value: 'zh-CN', label: t('language.name.zh-CN') },
      ]}
    />
  );
}
