// The document language, chosen per export and independent of the UI language.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportLanguage } from '../../export';

export function LanguagePicker({
  value,
  onChange,
}: {
  value: ExportLanguage;
  onChange: (value: ExportLanguage) => void;
}) {
  const { t } = useTranslation('documents');
  return (
    <Select
      label={t('language')}
      w={200}
      allowDeselect={false}
      value={value}
      onChange={(next) => onChange((next ?? 'nl') as ExportLanguage)}
      data={[
        { value: 'nl', label: t('languages.nl') },
        { value: 'en', label: t('languages.en') },
      ]}
    />
  );
}
