// The document language, chosen per export and independent of the UI language.
import { useTranslation } from 'react-i18next';
import type { ExportLanguage } from '../../export';
import { SelectField } from '../../ui/components/Field';

export function LanguagePicker({
  value,
  onChange,
}: {
  value: ExportLanguage;
  onChange: (value: ExportLanguage) => void;
}) {
  const { t } = useTranslation('documents');
  return (
    <SelectField
      label={t('language')}
      value={value}
      onChange={(next) => onChange(next as ExportLanguage)}
      options={[
        { value: 'nl', label: t('languages.nl') },
        { value: 'en', label: t('languages.en') },
      ]}
    />
  );
}
