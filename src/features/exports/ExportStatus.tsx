// The progress and result line of an export, announced to screen readers.
import { useTranslation } from 'react-i18next';
import type { ExportState } from './useDocumentExport';

export function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useTranslation('documents');
  if (state.step === 'idle') return null;
  const steps = ['collecting', 'building', 'saving'] as const;
  const index = steps.indexOf(state.step as (typeof steps)[number]);
  return (
    <div role="status" className="progress">
      {index >= 0 ? (
        <progress
          max={steps.length}
          value={index + 1}
          aria-label={t(`progress.${state.step}` as 'progress.collecting')}
        />
      ) : null}
      <p className={state.step === 'failed' ? 'form-error' : undefined}>
        {t(`progress.${state.step}`, { fileName: state.fileName })}
      </p>
    </div>
  );
}
